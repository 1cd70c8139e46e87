// tests/vectors/perps/<function>.json: the §13 (perpetual futures) functions of PerpMath. Expected values from
// MarginInsurance.SpecModel; the worked examples E10–E16 of docs/protocol.md carry their hand-derived values.
using System.Globalization;
using System.Numerics;
using MarginInsurance.SpecModel;

static class PerpVectors
{
    private static BigInteger E(int n) => BigInteger.Pow(10, n);
    private static BigInteger B(string s) => BigInteger.Parse(s.Replace("_", ""), CultureInfo.InvariantCulture);

    public static List<VectorFile> Build()
    {
        var WAD = E(18);
        var MAX = SpecMath.UintMax;
        var rng = new Random(20261129);
        BigInteger R(BigInteger lo, BigInteger hi)
        {
            var span = hi - lo + 1;
            var buf = new byte[span.ToByteArray(isUnsigned: true).Length + 8];
            rng.NextBytes(buf);
            return lo + BigInteger.Remainder(new BigInteger(buf, isUnsigned: true), span);
        }
        BigInteger RS(BigInteger magnitude) => rng.Next(2) == 0 ? R(1, magnitude) : -R(1, magnitude);

        // the examples' parameters (docs/protocol.md, Perpetuals — worked examples)
        BigInteger pEth = 2000 * WAD, pBtc = B("61234567890000000000000"), pJust = 2000 * WAD - 1;
        BigInteger N1 = E(12), N2 = 5 * E(12), S2 = 500, S3 = 1500;
        BigInteger scale = E(6) * WAD, maxRate = 31_709_791_983;
        BigInteger CF = 5000, DEEP = 95 * E(16), DUST = 10 * E(6), SHARE = 1000, PEN = 100;
        BigInteger mmLevel = 8 * E(17);

        var files = new List<VectorFile>();
        VectorFile F(string fn) { var f = new VectorFile(fn, "perps"); files.Add(f); return f; }

        // ───────── notional(absSize, priceWad, baseDecimals)
        var no = F("notional");
        no.Add("E10 ETH-PERP 7.5 at 2,000", "E10", [75 * E(17), pEth, 6], 15_000_000_000);
        no.Add("E10 BTC-PERP 0.25 at 61,234.56789 (rounds up)", "E10", [25 * E(16), pBtc, 6], 15_308_641_973);
        no.Add("E11 ETH-PERP 10 at 1,900", "E11", [10 * WAD, 1900 * WAD, 6], 19_000_000_000);
        no.Add("E13 ETH-PERP 10 at 1,790", "E13", [10 * WAD, 1790 * WAD, 6], 17_900_000_000);
        no.Add("E13 closed 5 at 1,790", "E13", [5 * WAD, 1790 * WAD, 6], 8_950_000_000);
        no.Add("E14 ETH-PERP 10 at 1,680", "E14", [10 * WAD, 1680 * WAD, 6], 16_800_000_000);
        no.Add("E15 dave 4 at 1,680", "E15", [4 * WAD, 1680 * WAD, 6], 6_720_000_000);
        no.Add("E15 erin 10 at 1,680", "E15", [10 * WAD, 1680 * WAD, 6], 16_800_000_000);
        no.Add("E15 frank 1 at 1,680", "E15", [WAD, 1680 * WAD, 6], 1_680_000_000);
        no.Add("1.5 ETH at 2,000", "", [15 * E(17), pEth, 6], 3_000_000_000);
        no.Add("1 unit just below 2,000 rounds up", "", [WAD, pJust, 6], 2_000_000_000);
        no.Add("one wei of size is one base unit", "", [1, pEth, 6], 1);
        no.Add("zero size", "", [0, pEth, 6], 0);
        no.Add("18-decimal base", "", [WAD, pEth, 18], 2000 * WAD);
        for (int i = 0; i < 6; i++) no.Add($"random #{i}", "", [R(0, E(24)), R(E(17), E(24)), 6]);

        // ───────── positionValue(size, priceWad, baseDecimals)
        var pv = F("positionValue");
        pv.Add("E10 ETH-PERP long 7.5 at 2,000", "E10", [75 * E(17), pEth, 6], 15_000_000_000);
        pv.Add("E10 BTC-PERP short 0.25 at 61,234.56789 (toward −∞)", "E10", [-25 * E(16), pBtc, 6], -15_308_641_973);
        pv.Add("long 1 just below 2,000 rounds down", "", [WAD, pJust, 6], 1_999_999_999);
        pv.Add("short 1 just below 2,000 rounds toward −∞", "", [-WAD, pJust, 6], -2_000_000_000);
        pv.Add("short one wei", "", [-1, pEth, 6], -1);
        pv.Add("long one wei rounds down to zero", "", [1, pJust, 6], 0);
        pv.Add("zero", "", [0, pEth, 6], 0);
        for (int i = 0; i < 6; i++) pv.Add($"random #{i}", "", [RS(E(24)), R(E(17), E(24)), 6]);

        // ───────── costBasisDelta(sizeDelta, priceWad, baseDecimals)
        var cb = F("costBasisDelta");
        cb.Add("E11 open long 10 at 2,000", "E11", [10 * WAD, pEth, 6], 20_000_000_000);
        cb.Add("long 1 just below 2,000 rounds up", "", [WAD, pJust, 6], 2_000_000_000);
        cb.Add("short 1 just below 2,000 rounds toward +∞", "", [-WAD, pJust, 6], -1_999_999_999);
        cb.Add("short one wei rounds to zero", "", [-1, pJust, 6], 0);
        cb.Add("zero", "", [0, pEth, 6], 0);
        for (int i = 0; i < 6; i++) cb.Add($"random #{i}", "", [RS(E(24)), R(E(17), E(24)), 6]);

        // ───────── unrealizedPnl(size, costBasis, priceWad, baseDecimals)
        var up = F("unrealizedPnl");
        up.Add("E10 ETH-PERP long 7.5 entered at 1,900", "E10", [75 * E(17), 14_250_000_001, pEth, 6], 749_999_999);
        up.Add("E10 BTC-PERP short 0.25 entered at 62,000", "E10", [-25 * E(16), -15_500_000_000, pBtc, 6], 191_358_027);
        up.Add("E11 long 10 at 1,900", "E11", [10 * WAD, 20_000_000_000, 1900 * WAD, 6], -1_000_000_000);
        up.Add("E13 long 10 at 1,790", "E13", [10 * WAD, 20_000_000_000, 1790 * WAD, 6], -2_100_000_000);
        up.Add("E13 after: long 5 at 1,790", "E13", [5 * WAD, 10_000_000_000, 1790 * WAD, 6], -1_050_000_000);
        up.Add("E14 long 10 at 1,680", "E14", [10 * WAD, 20_000_000_000, 1680 * WAD, 6], -3_200_000_000);
        up.Add("E15 dave short 4 entered at 2,000", "E15", [-4 * WAD, -8_000_000_000, 1680 * WAD, 6], 1_280_000_000);
        up.Add("E15 erin short 10 entered at 1,900", "E15", [-10 * WAD, -19_000_000_000, 1680 * WAD, 6], 2_200_000_000);
        up.Add("E15 frank short 1 entered at 1,700", "E15", [-WAD, -1_700_000_000, 1680 * WAD, 6], 20_000_000);
        up.Add("flat position", "", [0, 0, pEth, 6], 0);
        for (int i = 0; i < 6; i++) up.Add($"random #{i}", "", [RS(E(24)), RS(E(12)), R(E(17), E(24)), 6]);

        // ───────── basisReleased(costBasis, size, closeSize)
        var br = F("basisReleased");
        br.Add("E13 half of a long 10", "E13", [20_000_000_000, 10 * WAD, 5 * WAD], 10_000_000_000);
        br.Add("E14 the whole long 10", "E14", [20_000_000_000, 10 * WAD, 10 * WAD], 20_000_000_000);
        br.Add("long: a third rounds up", "", [3_000_000_001, 3 * WAD, WAD], 1_000_000_001);
        br.Add("short: a third rounds toward +∞", "", [-3_000_000_001, -3 * WAD, -WAD], -1_000_000_000);
        br.Add("short: full close returns the basis", "", [-3_000_000_001, -3 * WAD, -3 * WAD], -3_000_000_001);
        br.Add("one wei of a long", "", [1, 3 * WAD, 1], 1);
        br.Add("one wei of a short", "", [-1, -3 * WAD, -1], 0);
        br.AddRevert("close size zero", [1000, WAD, 0], "InvalidPositionChange");
        br.AddRevert("close of the other sign", [1000, WAD, -1], "InvalidPositionChange");
        br.AddRevert("close larger than the position", [1000, WAD, WAD + 1], "InvalidPositionChange");
        br.AddRevert("no position", [0, 0, 1], "InvalidPositionChange");
        for (int i = 0; i < 6; i++) { var s = R(2, E(24)); var sg = rng.Next(2) == 0 ? 1 : -1; br.Add($"random #{i}", "", [sg * R(1, E(12)), sg * s, sg * R(1, s - 1)]); }

        // ───────── realizedPnl(size, costBasis, closeSize, priceWad, baseDecimals)
        var rp = F("realizedPnl");
        rp.Add("E13 close 5 of 10 at 1,790", "E13", [10 * WAD, 20_000_000_000, 5 * WAD, 1790 * WAD, 6], -1_050_000_000, 10_000_000_000);
        rp.Add("E14 close all 10 at 1,680", "E14", [10 * WAD, 20_000_000_000, 10 * WAD, 1680 * WAD, 6], -3_200_000_000, 20_000_000_000);
        rp.Add("E15 dave deleveraged: closed in full at 1,680", "E15", [-4 * WAD, -8_000_000_000, -4 * WAD, 1680 * WAD, 6], 1_280_000_000, -8_000_000_000);
        rp.Add("long third at 2,000", "", [3 * WAD, 3_000_000_001, WAD, pEth, 6], 999_999_999, 1_000_000_001);
        rp.Add("short third just below 2,000", "", [-3 * WAD, -6_000_000_001, -WAD, pJust, 6], 0, -2_000_000_000);
        rp.AddRevert("close of the other sign", [WAD, 2_000_000_000, -WAD, pEth, 6], "InvalidPositionChange");
        for (int i = 0; i < 6; i++) { var s = R(2, E(24)); var sg = rng.Next(2) == 0 ? 1 : -1; rp.Add($"random #{i}", "", [sg * s, sg * R(1, E(12)), sg * R(1, s), R(E(17), E(24)), 6]); }

        // ───────── tradeFee(sizeDelta, skew, priceWad, baseDecimals, takerFeeBps, skewScale)
        var tf = F("tradeFee");
        tf.Add("E11 open long 10 against skew +250", "E11", [10 * WAD, 250 * WAD, pEth, 6, 5, scale], 15_100_000);
        tf.Add("E16 short 100 against skew +2,500: flat only", "E16", [-100 * WAD, 2500 * WAD, pEth, 6, 5, scale], 100_000_000);
        tf.Add("E16 short 6,000 flips skew +2,500 to −3,500", "E16", [-6000 * WAD, 2500 * WAD, pEth, 6, 5, scale], 12_000_000_000);
        tf.Add("E16 one third ETH from zero skew: two roundings", "E16", [B("333333333333333333"), 0, pEth, 6, 5, scale], 333_446);
        tf.Add("E16 short 10 against skew +5: (k+Δ)² = k², flat only", "E16", [-10 * WAD, 5 * WAD, pEth, 6, 5, scale], 10_000_000);
        tf.Add("10 from zero skew", "", [10 * WAD, 0, pEth, 6, 5, scale], 10_100_000);
        tf.Add("10 onto skew +100", "", [10 * WAD, 100 * WAD, pEth, 6, 5, scale], 12_100_000);
        tf.Add("10 off skew +100", "", [-10 * WAD, 100 * WAD, pEth, 6, 5, scale], 10_000_000);
        tf.Add("short onto a short skew", "", [-10 * WAD, -100 * WAD, pEth, 6, 5, scale], 12_100_000);
        tf.Add("zero size", "", [0, 100 * WAD, pEth, 6, 5, scale], 0);
        tf.Add("no flat fee, impact only", "", [10 * WAD, 0, pEth, 6, 0, scale], 100_000);
        tf.Add("flat fee rounds once, not from the rounded notional", "", [-B("253669783551768"), B("253669783551768"), B("4231041391384737883534"), 6, 73, scale], 7835);
        tf.AddRevert("skew scale zero with impact", [10 * WAD, 0, pEth, 6, 5, 0], "Panic(0x12)");
        for (int i = 0; i < 8; i++) tf.Add($"random #{i}", "", [RS(E(22)), RS(E(24)), R(E(17), E(23)), 6, R(0, 100), R(E(21), E(25))]);

        // ───────── fundingRate(skew, skewScale, maxFundingRatePerSecond)
        var fr = F("fundingRate");
        fr.Add("E12 skew +2,500 of a 1M scale", "E12", [2500 * WAD, scale, maxRate], 79_274_479);
        fr.Add("E12 skew −3M clamped", "E12", [-3 * E(6) * WAD, scale, maxRate], -maxRate);
        fr.Add("E12 skew −1 truncates toward zero", "E12", [-WAD, scale, maxRate], -31_709);
        fr.Add("skew +100 of 1,000", "", [100 * WAD, 1000 * WAD, E(12)], E(11));
        fr.Add("skew at the scale is the maximum", "", [scale, scale, maxRate], maxRate);
        fr.Add("skew above the scale is clamped", "", [scale + 1, scale, maxRate], maxRate);
        fr.Add("zero skew", "", [0, scale, maxRate], 0);
        fr.AddRevert("skew scale zero", [WAD, 0, maxRate], "Panic(0x12)");
        for (int i = 0; i < 6; i++) fr.Add($"random #{i}", "", [RS(E(25)), R(E(20), E(25)), R(0, 317_097_919_837)]);

        // ───────── fundingIndexDelta(rate, priceWad, dt)
        var fi = F("fundingIndexDelta");
        fi.Add("E12 eight hours at 79,274,479 per second, 2,000", "E12", [79_274_479, pEth, 28_800], 4_566_209_990_400_000);
        fi.Add("E12 one hour at the negative maximum", "E12", [-maxRate, pEth, 3600], B("-228310502277600000"));
        fi.Add("1e11 for an hour at 2,000", "", [E(11), pEth, 3600], 72 * E(16));
        fi.Add("negative fraction truncates to zero", "", [-1, 1, 1], 0);
        fi.Add("negative −2.5 truncates to −2", "", [-5, WAD / 2, 1], -2);
        fi.Add("zero dt", "", [maxRate, pEth, 0], 0);
        for (int i = 0; i < 6; i++) fi.Add($"random #{i}", "", [RS(317_097_919_837), R(E(15), E(24)), R(0, 400 * 86_400)]);

        // ───────── fundingOwed(size, fundingIndex, entryFundingIndex, baseDecimals)
        var fo = F("fundingOwed");
        fo.Add("E10 ETH-PERP long 7.5 pays (rounds up)", "E10", [75 * E(17), B("360000000000000001"), 0, 6], 2_700_001);
        fo.Add("E10 BTC-PERP short 0.25 pays on a falling index (rounds up)", "E10", [-25 * E(16), B("-1200000000000000003"), 0, 6], 300_001);
        fo.Add("E12 long 7.5 pays", "E12", [75 * E(17), 4_566_209_990_400_000, 0, 6], 34_247);
        fo.Add("E12 short 3.3 receives (toward +∞: less)", "E12", [-33 * E(17), 4_566_209_990_400_000, 0, 6], -15_068);
        fo.Add("E12 all longs (6,000) pay", "E12", [6000 * WAD, 4_566_209_990_400_000, 0, 6], 27_397_260);
        fo.Add("E12 all shorts (3,500) receive", "E12", [-3500 * WAD, 4_566_209_990_400_000, 0, 6], -15_981_734);
        fo.Add("long 2.5 over 0.72", "", [25 * E(17), 72 * E(16), 0, 6], 1_800_000);
        fo.Add("short 2.5 over 0.72", "", [-25 * E(17), 72 * E(16), 0, 6], -1_800_000);
        fo.Add("one wei of index: a long pays one unit", "", [WAD, 1, 0, 6], 1);
        fo.Add("one wei of index: a short receives nothing", "", [-WAD, 1, 0, 6], 0);
        fo.Add("entry index above the current one", "", [WAD, 5, 7, 6], 0);
        fo.Add("no change", "", [WAD, 7, 7, 6], 0);
        for (int i = 0; i < 6; i++) fo.Add($"random #{i}", "", [RS(E(24)), RS(E(22)), RS(E(22)), 6]);

        // ───────── marginRequirement(notionalValue, fractionBps, addOnBps, notionalBreak1, notionalBreak2, step2Bps, step3Bps, levelWad)
        var mr = F("marginRequirement");
        mr.Add("E10 ETH-PERP maintenance at level 0.8", "E10", [15_000_000_000, 500, 0, N1, N2, S2, S3, mmLevel], 600_000_000);
        mr.Add("E10 ETH-PERP initial at level 0.8", "E10", [15_000_000_000, 1000, 0, N1, N2, S2, S3, mmLevel], 1_200_000_000);
        mr.Add("E10 BTC-PERP maintenance at level 0.8 (rounds up)", "E10", [15_308_641_973, 250, 0, N1, N2, S2, S3, mmLevel], 306_172_840);
        mr.Add("E10 BTC-PERP initial at level 0.8 (rounds up)", "E10", [15_308_641_973, 500, 0, N1, N2, S2, S3, mmLevel], 612_345_679);
        mr.Add("E11 maintenance at 1,900", "E11", [19_000_000_000, 500, 0, N1, N2, S2, S3, WAD], 950_000_000);
        mr.Add("E11 initial at 1,900", "E11", [19_000_000_000, 1000, 0, N1, N2, S2, S3, WAD], 1_900_000_000);
        mr.Add("E13 maintenance before", "E13", [17_900_000_000, 500, 0, N1, N2, S2, S3, WAD], 895_000_000);
        mr.Add("E13 maintenance after", "E13", [8_950_000_000, 500, 0, N1, N2, S2, S3, WAD], 447_500_000);
        mr.Add("E14 maintenance at 1,680", "E14", [16_800_000_000, 500, 0, N1, N2, S2, S3, WAD], 840_000_000);
        mr.Add("3M across two brackets", "", [3 * E(12), 1000, 0, N1, N2, S2, S3, WAD], 400_000 * E(6));
        mr.Add("3M at level 0.5", "", [3 * E(12), 1000, 0, N1, N2, S2, S3, WAD / 2], 200_000 * E(6));
        mr.Add("6M across three brackets with add-on 200", "", [6 * E(12), 1000, 200, N1, N2, S2, S3, WAD], B("1070000000000"));
        mr.Add("fractions capped at 100 %", "", [7 * E(6), 9000, 5000, N1, N2, S2, S3, WAD], 7 * E(6));
        mr.Add("bracket 3 capped, brackets 1-2 not", "", [6 * E(12), 9000, 0, N1, N2, S2, S3, WAD], B("5700000000000"));
        mr.Add("one unit rounds up", "", [1, 1000, 0, N1, N2, S2, S3, WAD], 1);
        mr.Add("level scales the sum before the one rounding", "", [201, 500, 0, N1, N2, S2, S3, 99 * E(16)], 10);
        mr.Add("zero notional", "", [0, 1000, 0, N1, N2, S2, S3, WAD], 0);
        mr.Add("N1 == N2", "", [2 * E(12), 1000, 0, N1, N1, S2, S3, WAD], 350_000 * E(6));
        mr.AddRevert("N1 > N2 below N1", [5, 1000, 0, 10, 9, S2, S3, WAD], "InvalidTiers");
        mr.AddRevert("N1 > N2 above N1", [11, 1000, 0, 10, 9, S2, S3, WAD], "InvalidTiers");
        for (int i = 0; i < 8; i++) mr.Add($"random #{i}", "", [R(0, E(14)), R(100, 2000), R(0, 1000), N1, N2, S2, S3, R(WAD / 2, 2 * WAD)]);

        // ───────── marginLevel(storedLevelWad)
        var ml = F("marginLevel");
        ml.Add("E10 market maker at 0.8", "E10", [mmLevel], mmLevel);
        ml.Add("E11 default level (none stored)", "E11", [0], WAD);
        ml.Add("upper bound", "", [2 * WAD], 2 * WAD);
        ml.Add("lower bound", "", [WAD / 2], WAD / 2);

        // ───────── weightedPnl(pnl, pnlWeightBps)
        var wp = F("weightedPnl");
        wp.Add("E10 ETH-PERP profit at 50 %", "E10", [747_299_998, 5000], 373_649_999);
        wp.Add("E10 BTC-PERP profit at 40 % (rounds down)", "E10", [191_058_026, 4000], 76_423_210);
        wp.Add("E11 loss counts in full", "E11", [-1_000_000_000, 5000], -1_000_000_000);
        wp.Add("E15 dave", "E15", [1_280_000_000, 5000], 640_000_000);
        wp.Add("E15 erin", "E15", [2_200_000_000, 5000], 1_100_000_000);
        wp.Add("E15 frank", "E15", [20_000_000, 5000], 10_000_000);
        wp.Add("odd profit at 50 % rounds down", "", [999, 5000], 499);
        wp.Add("odd loss at 50 % stays whole", "", [-999, 5000], -999);
        wp.Add("zero", "", [0, 5000], 0);
        wp.Add("full weight", "", [12_345, 10_000], 12_345);
        for (int i = 0; i < 6; i++) wp.Add($"random #{i}", "", [RS(E(15)), R(0, 10_000)]);

        // ───────── unifiedHealth(numerator, debt, requirement)
        var uh = F("unifiedHealth");
        uh.Add("E10 cross: health at maintenance", "E10", [18_684_641_099, 6_000_000_000, 906_172_840], B("2705498621578083759"));
        uh.Add("E10 cross: initial health", "E10", [17_684_641_099, 6_000_000_000, 1_812_345_679], B("2263678775318052589"));
        uh.Add("E11 isolated at 1,900: health", "E11", [1_984_900_000, 0, 950_000_000], B("2089368421052631578"));
        uh.Add("E11 isolated at 1,900: initial health", "E11", [1_984_900_000, 0, 1_900_000_000], B("1044684210526315789"));
        uh.Add("E13 before: liquidatable, above the deep threshold", "E13", [884_900_000, 0, 895_000_000], B("988715083798882681"));
        uh.Add("E13 after the partial liquidation", "E13", [795_400_000, 0, 447_500_000], B("1777430167597765363"));
        uh.Add("E14 negative equity is health 0", "E14", [-215_100_000, 0, 840_000_000], 0);
        uh.Add("no debt, no position", "", [E(9), 0, 0], MAX);
        uh.Add("no debt, no position, negative cash", "", [-5, 0, 0], MAX);
        uh.Add("zero numerator", "", [0, 0, 1], 0);
        uh.Add("one third", "", [1, 1, 2], WAD / 3);
        uh.Add("numerator equal to the denominator", "", [E(9), E(8), 9 * E(8)], WAD);
        for (int i = 0; i < 6; i++) uh.Add($"random #{i}", "", [RS(E(15)), R(0, E(14)), R(0, E(14))]);

        // ───────── positionCloseSize(absSize, maxCloseSize, healthWad, closeFactorBps, deepHealthThresholdWad, dustThreshold, priceWad, baseDecimals)
        var cs = F("positionCloseSize");
        cs.Add("E13 half at health 0.9887", "E13", [10 * WAD, MAX, B("988715083798882681"), CF, DEEP, DUST, 1790 * WAD, 6], 5 * WAD);
        cs.Add("E14 all at health 0", "E14", [10 * WAD, MAX, 0, CF, DEEP, DUST, 1680 * WAD, 6], 10 * WAD);
        cs.Add("liquidator asks for less", "", [10 * WAD, 2 * WAD, 0, CF, DEEP, DUST, pEth, 6], 2 * WAD);
        cs.Add("at the deep threshold the close factor applies", "", [10 * WAD, MAX, DEEP, CF, DEEP, DUST, pEth, 6], 5 * WAD);
        cs.Add("just below the deep threshold: all", "", [10 * WAD, MAX, DEEP - 1, CF, DEEP, DUST, pEth, 6], 10 * WAD);
        cs.Add("remainder notional equal to dust stays", "", [E(16), MAX, 97 * E(16), CF, DEEP, DUST, pEth, 6], 5 * E(15));
        cs.Add("remainder notional below dust: all", "", [E(16), MAX, 97 * E(16), CF, DEEP, DUST + 1, pEth, 6], E(16));
        cs.Add("close factor rounds down", "", [3, MAX, 97 * E(16), CF, DEEP, 0, pEth, 6], 1);
        cs.Add("zero position", "", [0, MAX, 0, CF, DEEP, DUST, pEth, 6], 0);
        cs.AddRevert("close factor above 100 %", [10 * WAD, MAX, 97 * E(16), 10_001, DEEP, DUST, pEth, 6], "Panic(0x11)");
        for (int i = 0; i < 6; i++) cs.Add($"random #{i}", "", [R(0, E(24)), rng.Next(2) == 0 ? MAX : R(0, E(24)), R(0, WAD), R(1000, 10_000), DEEP, DUST, R(E(17), E(23)), 6]);

        // ───────── liquidationPenalty(closedNotional, penaltyBps, protocolShareBps)
        var lp = F("liquidationPenalty");
        lp.Add("E13 on 8,950 USDC closed", "E13", [8_950_000_000, PEN, SHARE], 89_500_000, 80_550_000, 8_950_000);
        lp.Add("E14 on 16,800 USDC closed", "E14", [16_800_000_000, PEN, SHARE], 168_000_000, 151_200_000, 16_800_000);
        lp.Add("both roundings up", "", [3_000_000_001, PEN, SHARE], 30_000_001, 27_000_000, 3_000_001);
        lp.Add("insurance share from the rounded penalty", "", [210, 100, 9000], 3, 0, 3);
        lp.Add("zero notional", "", [0, PEN, SHARE], 0, 0, 0);
        lp.Add("all to insurance", "", [E(9), PEN, 10_000], E(7), 0, E(7));
        lp.AddRevert("share above 100 % underflows", [E(9), PEN, 10_001], "Panic(0x11)");
        for (int i = 0; i < 6; i++) lp.Add($"random #{i}", "", [R(0, E(14)), R(0, 2000), R(0, 10_000)]);

        // ───────── adlScore(pnl, notionalValue, numerator)
        var ad = F("adlScore");
        ad.Add("E15 dave: less profit, more leverage", "E15", [1_280_000_000, 6_720_000_000, 1_140_000_000], 7_545_263_157);
        ad.Add("E15 erin", "E15", [2_200_000_000, 16_800_000_000, 9_100_000_000], 4_061_538_461);
        ad.Add("E15 frank", "E15", [20_000_000, 1_680_000_000, 60_000_000], 560_000_000);
        ad.Add("§13.12 example", "", [1_000 * E(6), 20_000 * E(6), 2_000 * E(6)], 10_000 * E(6));
        ad.Add("a loss never ranks", "", [-1, 20_000 * E(6), 2_000 * E(6)], 0);
        ad.Add("zero PnL never ranks", "", [0, 20_000 * E(6), 2_000 * E(6)], 0);
        ad.Add("non-positive numerator ranks first", "", [1, 20_000 * E(6), 0], MAX);
        ad.Add("negative numerator ranks first", "", [1, 20_000 * E(6), -7], MAX);
        for (int i = 0; i < 6; i++) ad.Add($"random #{i}", "", [RS(E(13)), R(0, E(14)), R(1, E(14))]);

        // ───────── accountHealth(numerator, debt, requirement)
        var ah = F("accountHealth");
        ah.Add("E10 cross: as unifiedHealth", "E10", [18_684_641_099, 6_000_000_000, 906_172_840], B("2705498621578083759"));
        ah.Add("collateral 1,360 USDC, no debt, no position, cash −1,505.025 USDC: liquidatable", "", [-145_025_000, 0, 0], 0);
        ah.Add("no debt, no position, negative cash covered by collateral", "", [215_000_000, 0, 0], MAX);
        ah.Add("empty account", "", [0, 0, 0], MAX);
        ah.Add("negative numerator with a requirement", "", [-1, 0, 1], 0);
        ah.Add("one third", "", [1, 1, 2], WAD / 3);
        for (int i = 0; i < 4; i++) ah.Add($"random #{i}", "", [RS(E(15)), R(0, E(14)), R(0, E(14))]);
        for (int i = 0; i < 2; i++) ah.Add($"random owing nothing #{i}", "", [RS(E(15)), 0, 0]);

        // ───────── cappedLiquidationPenalty(closedNotional, penaltyBps, protocolShareBps, equityAfterClose)
        var cp = F("cappedLiquidationPenalty");
        cp.Add("E13 equity 884.9 USDC left: not binding", "E13", [8_950_000_000, PEN, SHARE, 884_900_000], 89_500_000, 80_550_000, 8_950_000);
        cp.Add("E14 equity −215.1 USDC after the close: no penalty", "E14", [16_800_000_000, PEN, SHARE, -215_100_000], 0, 0, 0);
        cp.Add("partial cap: 50 USDC of equity left", "", [8_950_000_000, PEN, SHARE, 50_000_000], 50_000_000, 45_000_000, 5_000_000);
        cp.Add("equity equal to the penalty", "", [8_950_000_000, PEN, SHARE, 89_500_000], 89_500_000, 80_550_000, 8_950_000);
        cp.Add("zero equity", "", [8_950_000_000, PEN, SHARE, 0], 0, 0, 0);
        cp.Add("one unit of equity goes to insurance (rounds up)", "", [8_950_000_000, PEN, SHARE, 1], 1, 0, 1);
        cp.Add("zero notional", "", [0, PEN, SHARE, 5], 0, 0, 0);
        cp.Add("§13.14 E22 cross full close of ETH-PERP: penaltyCap 58.25 USDC binds", "", [15_000_000_000, PEN, SHARE, 58_250_000],
            58_250_000, 52_425_000, 5_825_000);
        cp.AddRevert("share above 100 % underflows", [E(9), PEN, 10_001, E(9)], "Panic(0x11)");
        for (int i = 0; i < 6; i++) cp.Add($"random #{i}", "", [R(0, E(14)), R(0, 2000), R(0, 10_000), RS(E(12))]);

        // ───────── liquidationPrice(size, costBasis, fundingOwedNow, otherNumerator, otherRequirement, fractionBps, levelWad, baseDecimals)
        var lq = F("liquidationPrice");
        lq.Add("E11 isolated long 10 from 2,000 (rounds up)", "E11", [10 * WAD, 20_000_000_000, 0, 2_984_900_000, 0, 500, WAD, 6], B("1791063157894736842106"));
        lq.Add("E10 cross ETH-PERP long 7.5, level 0.8", "E10", [75 * E(17), 14_250_000_001, 2_700_001, 18_310_991_100, 6_306_172_840, 500, mmLevel, 6],
            B("312205797500000000000"));
        lq.Add("E10 cross BTC-PERP short 0.25, level 0.8 (rounds down)", "E10", [-25 * E(16), -15_500_000_000, 300_001, 18_608_217_889, 6_600_000_000, 250, mmLevel, 6],
            B("107874187796078431372549"));
        lq.Add("no position", "", [0, 0, 0, 1_000, 0, 500, WAD, 6], 0);
        lq.Add("long that no positive price liquidates", "", [WAD, 1_000_000_000, 0, 2_000_000_000, 500_000_000, 500, WAD, 6], 0);
        lq.Add("long at a 100 % fraction: every price liquidates", "", [WAD, 2_000_000_000, 0, 100_000_000, 0, 10_000, WAD, 6], MAX);
        lq.Add("short already below maintenance at any price", "", [-WAD, -1_000_000_000, 0, 0, 1_000_000_000, 500, WAD, 6], 0);
        lq.Add("level 2.0 on an 18-decimal base", "", [WAD, 2000 * WAD, 0, 200 * WAD, 0, 500, 2 * WAD, 18], 2000 * WAD);
        for (int i = 0; i < 4; i++) lq.Add($"random long #{i}", "", [R(1, E(22)), R(0, E(13)), RS(E(9)), RS(E(12)), R(0, E(12)), R(0, 2000), R(E(18) / 2, 2 * E(18)), 6]);
        for (int i = 0; i < 4; i++) lq.Add($"random short #{i}", "", [-R(1, E(22)), -R(0, E(13)), RS(E(9)), RS(E(12)), R(0, E(12)), R(0, 2000), R(E(18) / 2, 2 * E(18)), 6]);

        // ───────── penaltyCap(numeratorBefore, requirementBefore, numeratorAfterClose, debtAfterClose, requirementAfterClose)
        var pc = F("penaltyCap");
        pc.Add("§13.14 E22 cross full close of ETH-PERP: keep 116.5 USDC, health kept at 0.0776…", "",
            [174_750_000, 2_250_000_000, 174_750_000, 0, 1_500_000_000], 58_250_000);
        pc.Add("E13 partial close: keep ⌈884.9 × 447.5 / 895⌉ = 442.45 USDC, not binding", "E13",
            [884_900_000, 895_000_000, 884_900_000, 0, 447_500_000], 442_450_000);
        pc.Add("E14 full close, numerator −215.1 USDC: no penalty", "E14", [-215_100_000, 840_000_000, -215_100_000, 0, 0], 0);
        pc.Add("nothing owed after the close: the equity (the rule before the health term)", "", [-100, 1_000, 884_900_000, 0, 0], 884_900_000);
        pc.Add("non-positive numerator before: equity after the close", "", [-145_025_000, 2_000, 300, 100, 150], 200);
        pc.Add("debt binds: keep max(D' 800, 500)", "", [500, 1_000, 900, 800, 1_000], 100);
        pc.Add("health binds: keep max(D' 100, 500)", "", [500, 1_000, 900, 100, 1_000], 400);
        pc.Add("keep rounds up: ⌈1 × 2 / 3⌉ = 1", "", [1, 3, 10, 0, 2], 9);
        pc.Add("close leaves less than keep: 0", "", [100, 1_000, 50, 0, 600], 0);
        pc.Add("negative numerator after the close: 0", "", [100, 1_000, -5, 0, 600], 0);
        for (int i = 0; i < 6; i++) pc.Add($"random #{i}", "", [RS(E(12)), R(1, E(13)), RS(E(12)), R(0, E(12)), R(0, E(13))]);

        return files;
    }
}
