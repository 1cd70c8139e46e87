// Generates tests/vectors/<function>.json. Expected values come from MarginInsurance.SpecModel, a second
// implementation written from docs/protocol.md alone (it does not reference MarginInsurance.Core), so a misreading
// shared by Core and MarginMath.sol cannot write itself into the vectors. Hand-derived expected values (worked
// examples of docs/protocol.md §12, rounding edges, the separating cases) are written next to their case and
// checked here: generation fails if the model disagrees with the hand value.
// Usage: dotnet run --project tools/VectorGen [-- <repoRoot>]
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using MarginInsurance.SpecModel;

var root = args.Length > 0 ? args[0] : MarginInsurance.RepositoryRoot.Find();
var outDir = Path.Combine(root, "tests", "vectors");
Directory.CreateDirectory(outDir);

BigInteger E(int n) => BigInteger.Pow(10, n);
BigInteger B(string s) => BigInteger.Parse(s.Replace("_", ""), CultureInfo.InvariantCulture);
var WAD = E(18);
BigInteger BPS = 10_000;
var MAX = SpecMath.UintMax;
var spec = new SpecMath();
var rng = new Random(20261126);
BigInteger R(BigInteger lo, BigInteger hi) // uniform-ish in [lo, hi]
{
    var span = hi - lo + 1;
    var bytes = span.ToByteArray(isUnsigned: true, isBigEndian: false);
    var buf = new byte[bytes.Length + 8];
    rng.NextBytes(buf);
    return lo + BigInteger.Remainder(new BigInteger(buf, isUnsigned: true), span);
}
BigInteger RL(int minDigits, int maxDigits) => R(E(minDigits), E(rng.Next(minDigits + 1, maxDigits + 1)));

// realistic parameters (docs/protocol.md §12)
BigInteger B1 = E(12), B2 = 5 * E(12), C2 = 500, C3 = 1500;
BigInteger ethPx = 2000 * WAD, btcPx = B("61234567890000000000000");
BigInteger CF = 5000, DEEP = 95 * E(16), DUST = 10 * E(6), SHARE = 1000, CAP = 3000;

var files = new List<VectorFile>();
VectorFile F(string fn) { var f = new VectorFile(fn); files.Add(f); return f; }

// ───────── collateralValue(amount, priceWad, collateralDecimals, baseDecimals)
var cv = F("collateralValue");
cv.Add("E1 10 WETH at 2000", "E1", [10 * E(18), ethPx, 18, 6], 20_000_000_000);
cv.Add("E1 0.37 WBTC at 61234.56789 (floors 0.3 unit)", "E1", [37 * E(6), btcPx, 8, 6], 22_656_790_119);
cv.Add("E2 isolated 1.5 WBTC at 61234.56789", "E2", [150 * E(6), btcPx, 8, 6], 91_851_851_835);
cv.Add("E3 3000 WETH at 2000", "E3", [3000 * E(18), ethPx, 18, 6], 6 * E(12));
cv.Add("E5 10 WETH at 1950", "E5", [10 * E(18), 1950 * WAD, 18, 6], 19_500_000_000);
cv.Add("E5 remaining WETH after partial liquidation", "E5", [B("5423076923076923077"), 1950 * WAD, 18, 6], 10_575_000_000);
cv.Add("E6 10 WETH at 1800", "E6", [10 * E(18), 1800 * WAD, 18, 6], 18_000_000_000);
cv.Add("E7 1 WETH at 1500", "E7", [E(18), 1500 * WAD, 18, 6], 1_500_000_000);
cv.Add("E8 isolated 2 WBTC at 30000", "E8", [2 * E(8), 30000 * WAD, 8, 6], 60_000_000_000);
cv.Add("18dec exact division", "", [500_000_000_000, ethPx, 18, 6], 1000);
cv.Add("18dec off-by-one below exact rounds down", "", [499_999_999_999, ethPx, 18, 6], 999);
cv.Add("18dec one wei is worth zero", "", [1, ethPx, 18, 6], 0);
cv.Add("8dec one satoshi at 60000", "", [1, 60000 * WAD, 8, 6], 600);
cv.Add("6dec stablecoin collateral at 1.0001", "", [E(6), B("1000100000000000000"), 6, 6], 1_000_100);
cv.Add("6dec one unit at 0.999999 rounds to zero", "", [1, B("999999000000000000"), 6, 6], 0);
cv.Add("6dec collateral against 18dec base", "", [E(6), WAD, 6, 18], WAD);
cv.Add("18dec collateral against 18dec base", "", [E(18), ethPx, 18, 18], 2000 * WAD);
cv.Add("zero amount", "", [0, ethPx, 18, 6], 0);
cv.Add("zero price", "", [E(18), 0, 18, 6], 0);
for (int i = 0; i < 6; i++) cv.Add($"random 18dec #{i}", "", [RL(10, 24), R(E(17), E(23)), 18, 6]);
for (int i = 0; i < 6; i++) cv.Add($"random 8dec #{i}", "", [RL(3, 12), R(E(20), E(24)), 8, 6]);
for (int i = 0; i < 6; i++) cv.Add($"random 6dec #{i}", "", [RL(3, 14), R(E(15), E(20)), 6, 6]);

// ───────── collateralAmountFor(value, priceWad, collateralDecimals, baseDecimals)
var ca = F("collateralAmountFor");
ca.Add("E5 seize value 8925 USDC at 1950", "E5", [8_925_000_000, 1950 * WAD, 18, 6], B("4576923076923076923"));
ca.Add("E6 seize value 17850 USDC at 1800", "E6", [17_850_000_000, 1800 * WAD, 18, 6], B("9916666666666666666"));
ca.Add("E7 seize value 2100 USDC at 1500 (above balance)", "E7", [2_100_000_000, 1500 * WAD, 18, 6], 14 * E(17));
ca.Add("E8 seize value 107000 USDC of WBTC at 30000", "E8", [107_000_000_000, 30000 * WAD, 8, 6], 356_666_666);
ca.Add("18dec exact", "", [2_000_000_000, ethPx, 18, 6], E(18));
ca.Add("6dec at 3: 9/3 exact", "", [9, 3 * WAD, 6, 6], 3);
ca.Add("6dec at 3: 10/3 rounds down", "", [10, 3 * WAD, 6, 6], 3);
ca.Add("6dec at 3: 11/3 rounds down", "", [11, 3 * WAD, 6, 6], 3);
ca.Add("8dec exact one BTC", "", [60_000_000_000, 60000 * WAD, 8, 6], E(8));
ca.Add("8dec one unit below one BTC rounds down", "", [59_999_999_999, 60000 * WAD, 8, 6], 99_999_999);
ca.Add("8dec one base unit is worth zero sats", "", [1, 60000 * WAD, 8, 6], 0);
ca.Add("zero value", "", [0, ethPx, 18, 6], 0);
ca.Add("18dec base", "", [2000 * WAD, ethPx, 18, 18], E(18));
ca.AddRevert("zero price reverts (division by zero)", [1, 0, 18, 6], "Panic(0x12)");
for (int i = 0; i < 6; i++) ca.Add($"random 18dec #{i}", "", [RL(3, 13), R(E(17), E(23)), 18, 6]);
for (int i = 0; i < 6; i++) ca.Add($"random 8dec #{i}", "", [RL(3, 13), R(E(20), E(24)), 8, 6]);
for (int i = 0; i < 6; i++) ca.Add($"random 6dec #{i}", "", [RL(3, 13), R(E(15), E(20)), 6, 6]);

// ───────── tieredAdjusted(value, factorBps, addOnBps, tierBreak1, tierBreak2, tierCut2Bps, tierCut3Bps)
var ta = F("tieredAdjusted");
ta.Add("E1 WETH LT", "E1", [20_000_000_000, 8500, 0, B1, B2, C2, C3], 17_000_000_000);
ta.Add("E1 WETH BF", "E1", [20_000_000_000, 8000, 0, B1, B2, C2, C3], 16_000_000_000);
ta.Add("E1 WBTC LT", "E1", [22_656_790_119, 8000, 0, B1, B2, C2, C3], 18_125_432_095);
ta.Add("E1 WBTC BF", "E1", [22_656_790_119, 7500, 0, B1, B2, C2, C3], 16_992_592_589);
ta.Add("E2 WBTC LT", "E2", [91_851_851_835, 8000, 0, B1, B2, C2, C3], 73_481_481_468);
ta.Add("E2 WBTC BF", "E2", [91_851_851_835, 7500, 0, B1, B2, C2, C3], 68_888_888_876);
ta.Add("E3 B1-1", "E3", [B1 - 1, 8500, 0, B1, B2, C2, C3], 849_999_999_999);
ta.Add("E3 B1", "E3", [B1, 8500, 0, B1, B2, C2, C3], 850_000_000_000);
ta.Add("E3 B1+1", "E3", [B1 + 1, 8500, 0, B1, B2, C2, C3], 850_000_000_000);
ta.Add("E3 B1+2", "E3", [B1 + 2, 8500, 0, B1, B2, C2, C3], 850_000_000_001);
ta.Add("E3 B2", "E3", [B2, 8500, 0, B1, B2, C2, C3], 4_050_000_000_000);
ta.Add("E3 B2+1", "E3", [B2 + 1, 8500, 0, B1, B2, C2, C3], 4_050_000_000_000);
ta.Add("E3 6M LT across three brackets", "E3", [6 * E(12), 8500, 0, B1, B2, C2, C3], 4_750_000_000_000);
ta.Add("E3 6M BF across three brackets", "E3", [6 * E(12), 8000, 0, B1, B2, C2, C3], 4_450_000_000_000);
ta.Add("E4 LT before grace ends", "E4", [20_000_000_000, 8500, 0, B1, B2, C2, C3], 17_000_000_000);
ta.Add("E4 LT after grace (add-on 300)", "E4", [20_000_000_000, 8500, 300, B1, B2, C2, C3], 16_400_000_000);
ta.Add("E4 BF after grace (add-on 300)", "E4", [20_000_000_000, 8000, 300, B1, B2, C2, C3], 15_400_000_000);
ta.Add("E4 LT after top-up of 0.25 WETH", "E4", [20_500_000_000, 8500, 300, B1, B2, C2, C3], 16_810_000_000);
ta.Add("E5 LT before", "E5", [19_500_000_000, 8500, 0, B1, B2, C2, C3], 16_575_000_000);
ta.Add("E5 LT after", "E5", [10_575_000_000, 8500, 0, B1, B2, C2, C3], 8_988_750_000);
ta.Add("E6 LT", "E6", [18_000_000_000, 8500, 0, B1, B2, C2, C3], 15_300_000_000);
ta.Add("E7 LT", "E7", [1_500_000_000, 8500, 0, B1, B2, C2, C3], 1_275_000_000);
ta.Add("E8 WBTC LT", "E8", [60_000_000_000, 8000, 0, B1, B2, C2, C3], 48_000_000_000);
ta.Add("add-on above factor clamps every bracket to zero", "", [6 * E(12), 8500, 9000, B1, B2, C2, C3], 0);
ta.Add("add-on equal to factor clamps to zero", "", [E(9), 8500, 8500, B1, B2, C2, C3], 0);
ta.Add("add-on clamps brackets 2 and 3 only", "", [6 * E(12), 8500, 8000, B1, B2, C2, C3], 50_000_000_000);
ta.Add("add-on clamps bracket 3 only", "", [6 * E(12), 8500, 7500, B1, B2, C2, C3], 300_000_000_000);
ta.Add("zero value", "", [0, 8500, 0, B1, B2, C2, C3], 0);
ta.Add("one unit floors to zero", "", [1, 8500, 0, B1, B2, C2, C3], 0);
ta.Add("two units floor to one", "", [2, 8500, 0, B1, B2, C2, C3], 1);
ta.Add("B1 == B2 (two brackets)", "", [2 * E(12), 8500, 0, B1, B1, C2, C3], 1_550_000_000_000);
ta.Add("zero factor", "", [6 * E(12), 0, 0, B1, B2, C2, C3], 0);
ta.Add("B2+1 BF", "", [B2 + 1, 8000, 0, B1, B2, C2, C3], null);
ta.Add("B2-1 LT", "", [B2 - 1, 8500, 0, B1, B2, C2, C3], null);
ta.Add("B1-1 with add-on 100", "", [B1 - 1, 8500, 100, B1, B2, C2, C3], null);
ta.Add("huge value", "", [E(30), 8500, 0, B1, B2, C2, C3], null);
// separating case (issue 23): floored once 850,100,000,003; floored per bracket 850,100,000,002
BigInteger B1odd = B("1000000000003");
ta.Add("floored once, not per bracket (B1 = 1,000,000,000,003, V = B1 + 1, F = 8501)", "", [B1odd + 1, 8501, 0, B1odd, B2, C2, C3], 850_100_000_003);
ta.AddRevert("B1 > B2 reverts for V below B1", [5, 8500, 0, 10, 9, C2, C3], "InvalidTiers");
ta.AddRevert("B1 > B2 reverts for V above B1", [11, 8500, 0, 10, 9, C2, C3], "InvalidTiers");
for (int i = 0; i < 10; i++)
    ta.Add($"random #{i}", "", [RL(0, 14), R(5000, 9500), R(0, 1000), B1, B2, C2, C3]);

// ───────── health(liquidationCapacity, debt)
var he = F("health");
he.Add("E1 cross", "E1", [35_125_432_095, 25_500_000_000], B("1377467925294117647"));
he.Add("E2 isolated", "E2", [73_481_481_468, 52_500_000_001], B("1399647266030482909"));
he.Add("E3 tiered", "E3", [4_750_000_000_000, 4 * E(12)], B("1187500000000000000"));
he.Add("E4 during grace", "E4", [17_000_000_000, 16_800_000_000], B("1011904761904761904"));
he.Add("E4 after grace", "E4", [16_400_000_000, 16_800_000_000], B("976190476190476190"));
he.Add("E4 after grace with top-up", "E4", [16_810_000_000, 16_800_000_000], B("1000595238095238095"));
he.Add("E5 before", "E5", [16_575_000_000, 17_000_000_000], B("975000000000000000"));
he.Add("E5 after", "E5", [8_988_750_000, 8_500_000_000], B("1057500000000000000"));
he.Add("E6 before", "E6", [15_300_000_000, 17_000_000_000], B("900000000000000000"));
he.Add("E6 after (no debt)", "E6", [127_500_000, 0], MAX);
he.Add("E7 before", "E7", [1_275_000_000, 2_000_000_000], B("637500000000000000"));
he.Add("E8 before", "E8", [48_000_000_000, 100_000_000_000], B("480000000000000000"));
he.Add("zero debt is uint256 max", "", [E(12), 0], MAX);
he.Add("no collateral, some debt", "", [0, 1], 0);
he.Add("L == D is exactly one", "", [E(9), E(9)], WAD);
he.Add("L == D - 1", "", [E(9) - 1, E(9)], B("999999999000000000"));
he.Add("2/3 rounds down", "", [2, 3], B("666666666666666666"));
he.Add("1/3 rounds down", "", [1, 3], B("333333333333333333"));
he.Add("L == D + 1 with D = 3", "", [4, 3], B("1333333333333333333"));
for (int i = 0; i < 8; i++) he.Add($"random #{i}", "", [RL(0, 15), RL(0, 15)]);

// ───────── utilization(debt, borrowCapacity)
var ut = F("utilization");
ut.Add("E1 cross", "E1", [25_500_000_000, 32_992_592_589], B("772900763442940474"));
ut.Add("E2 isolated", "E2", [52_500_000_001, 68_888_888_876], B("762096774350650365"));
ut.Add("E3 tiered", "E3", [4 * E(12), 4_450_000_000_000], B("898876404494382023"));
ut.Add("E4 during grace", "E4", [16_800_000_000, 16_000_000_000], B("1050000000000000000"));
ut.Add("E4 after grace", "E4", [16_800_000_000, 15_400_000_000], B("1090909090909090910"));
ut.Add("zero debt", "", [0, E(9)], 0);
ut.Add("zero debt and zero capacity", "", [0, 0], 0);
ut.Add("debt without capacity is uint256 max", "", [1, 0], MAX);
ut.Add("D == C is exactly one", "", [E(9), E(9)], WAD);
ut.Add("2/3 rounds up", "", [2, 3], B("666666666666666667"));
ut.Add("1/3 rounds up", "", [1, 3], B("333333333333333334"));
ut.Add("D == C - 1", "", [E(9) - 1, E(9)], B("999999999000000000"));
for (int i = 0; i < 8; i++) ut.Add($"random #{i}", "", [RL(0, 15), RL(0, 15)]);

// ───────── toSupplyBalance(principal, supplyIndex)
var sb = F("toSupplyBalance");
sb.Add("E8 lenders before socialization", "E8", [970_000_000_000, 103 * E(16)], 999_100_000_000);
sb.Add("E9 total supply after accrual", "E9", [E(12), B("1000001541096000000")], 1_000_001_541_096);
sb.Add("3 at 1.5 rounds down", "", [3, 15 * E(17)], 4);
sb.Add("2 at 1.5 exact", "", [2, 15 * E(17)], 3);
sb.Add("1 at WAD-1 rounds to zero", "", [1, WAD - 1], 0);
sb.Add("index one", "", [123_456_789, WAD], 123_456_789);
sb.Add("zero principal", "", [0, B("1234567890123456789")], 0);
for (int i = 0; i < 8; i++) sb.Add($"random #{i}", "", [RL(0, 15), R(WAD, 3 * WAD)]);
sb.Add("E8 lenders after socialization", "E8", [970_000_000_000, B("1015644089026804123")], 985_174_766_355);

// ───────── toDebt(principal, borrowIndex)
var td = F("toDebt");
td.Add("E1 debt", "E1", [25 * E(9), 102 * E(16)], 25_500_000_000);
td.Add("E2 debt rounds up", "E2", [50 * E(9), B("1050000000000000001")], 52_500_000_001);
td.Add("E9 total borrow after accrual", "E9", [500_000_000_000, B("1000003424657532400")], 500_001_712_329);
td.Add("3 at 1.5 rounds up", "", [3, 15 * E(17)], 5);
td.Add("2 at 1.5 exact", "", [2, 15 * E(17)], 3);
td.Add("1 at WAD+1 rounds up", "", [1, WAD + 1], 2);
td.Add("index one", "", [123_456_789, WAD], 123_456_789);
td.Add("zero principal", "", [0, B("1234567890123456789")], 0);
for (int i = 0; i < 8; i++) td.Add($"random #{i}", "", [RL(0, 15), R(WAD, 3 * WAD)]);

// ───────── supplyPrincipalFor / withdrawPrincipalFor / borrowPrincipalFor (amount, index)
var sp = F("supplyPrincipalFor");
sp.Add("100 at 1.5 rounds down", "", [100, 15 * E(17)], 66);
sp.Add("99 at 1.5 exact", "", [99, 15 * E(17)], 66);
sp.Add("1 at WAD+1 rounds to zero", "", [1, WAD + 1], 0);
sp.Add("index one", "", [E(12), WAD], E(12));
sp.Add("zero amount", "", [0, 15 * E(17)], 0);
for (int i = 0; i < 8; i++) sp.Add($"random #{i}", "", [RL(0, 15), R(WAD, 3 * WAD)]);
var wp = F("withdrawPrincipalFor");
wp.Add("100 at 1.5 rounds up", "", [100, 15 * E(17)], 67);
wp.Add("99 at 1.5 exact", "", [99, 15 * E(17)], 66);
wp.Add("1 at WAD+1 rounds up", "", [1, WAD + 1], 1);
wp.Add("index one", "", [E(12), WAD], E(12));
wp.Add("zero amount", "", [0, 15 * E(17)], 0);
for (int i = 0; i < 8; i++) wp.Add($"random #{i}", "", [RL(0, 15), R(WAD, 3 * WAD)]);
var bp = F("borrowPrincipalFor");
bp.Add("100 at 1.5 rounds up", "", [100, 15 * E(17)], 67);
bp.Add("99 at 1.5 exact", "", [99, 15 * E(17)], 66);
bp.Add("1 at WAD+1 rounds up", "", [1, WAD + 1], 1);
bp.Add("index one", "", [E(12), WAD], E(12));
bp.Add("zero amount", "", [0, 15 * E(17)], 0);
bp.Add("E2-style index just above 1.05", "", [52_500_000_000, B("1050000000000000001")], null);
for (int i = 0; i < 8; i++) bp.Add($"random #{i}", "", [RL(0, 15), R(WAD, 3 * WAD)]);

// ───────── repayPrincipalFor(amount, principal, borrowIndex)
var rp = F("repayPrincipalFor");
rp.Add("E5 partial repay at index one", "E5", [8_500_000_000, 17_000_000_000, WAD], 8_500_000_000);
rp.Add("E6 full repay", "E6", [17_000_000_000, 17_000_000_000, WAD], 17_000_000_000);
rp.Add("E7 repay capped by collateral", "E7", [1_428_571_429, 2_000_000_000, WAD], 1_428_571_429);
rp.Add("E8 repay capped by collateral", "E8", [56_074_766_356, 100_000_000_000, WAD], 56_074_766_356);
rp.Add("exactly the debt takes the whole principal", "", [150, 100, 15 * E(17)], 100);
rp.Add("more than the debt takes the whole principal", "", [1000, 100, 15 * E(17)], 100);
rp.Add("one below the debt rounds down", "", [149, 100, 15 * E(17)], 99);
rp.Add("one unit at 1.5 rounds to zero", "", [1, 100, 15 * E(17)], 0);
rp.Add("debt rounded up: 4 of debt 5 (principal 3)", "", [4, 3, 15 * E(17)], 2);
rp.Add("debt rounded up: 5 of debt 5 takes all", "", [5, 3, 15 * E(17)], 3);
rp.Add("zero principal", "", [10, 0, 15 * E(17)], 0);
rp.Add("zero amount", "", [0, 100, 15 * E(17)], 0);
for (int i = 0; i < 8; i++) { var p = RL(3, 15); var idx = R(WAD, 3 * WAD); rp.Add($"random #{i}", "", [R(0, spec.ToDebt(p, idx) + 10), p, idx]); }

// ───────── kinkedRatePerSecond(utilizationWad, baseRatePerYear, slope1PerYear, slope2PerYear, kinkWad)
var kr = F("kinkedRatePerSecond");
BigInteger rb = E(16), s1 = 4 * E(16), s2 = 75 * E(16), kink = 8 * E(17);
kr.Add("E9 U = 50%", "E9", [5 * E(17), rb, s1, s2, kink], 951_293_759);
kr.Add("U = 0", "", [0, rb, s1, s2, kink], 317_097_919);
kr.Add("U = kink", "", [kink, rb, s1, s2, kink], 1_331_811_263);
kr.Add("U = kink + 1 wei", "", [kink + 1, rb, s1, s2, kink], 1_331_811_263);
kr.Add("U = 90%", "", [9 * E(17), rb, s1, s2, kink], 3_710_045_662);
kr.Add("U = 100%", "", [WAD, rb, s1, s2, kink], 6_088_280_060);
kr.Add("U = kink - 1 wei", "", [kink - 1, rb, s1, s2, kink], null);
kr.Add("zero model", "", [5 * E(17), 0, 0, 0, kink], 0);
// each slope term floored on its own: base + 0 + 0 = YEAR - 1 -> 0 (floored once it would be YEAR -> 1)
kr.Add("each slope term floored on its own", "", [WAD, 31_535_999, 1, 1, 5 * E(17)], 0);
for (int i = 0; i < 8; i++) kr.Add($"random #{i}", "", [R(0, WAD), R(0, 5 * E(16)), R(0, 2 * E(17)), R(0, 3 * WAD), R(5 * E(17), 95 * E(16))]);

// ───────── accrue(totalSupplyPrincipal, totalBorrowPrincipal, supplyIndex, borrowIndex, ratePerSecond, dt, reserveFactorBps)
var ac = F("accrue");
ac.Add("E9 one hour at 3% APR, 50% utilization", "E9", [E(12), 500_000_000_000, WAD, WAD, 951_293_759, 3600, 1000],
    B("1000001541096000000"), B("1000003424657532400"), 171_232);
ac.Add("dt = 0 changes nothing", "", [E(12), 500_000_000_000, 102 * E(16), 105 * E(16), 951_293_759, 0, 1000], 102 * E(16), 105 * E(16), 0);
ac.Add("zero rate changes nothing", "", [E(12), 500_000_000_000, WAD, WAD, 0, 3600, 1000], WAD, WAD, 0);
ac.Add("no supply principal: supply index unchanged", "", [0, 500_000_000_000, WAD, WAD, 951_293_759, 3600, 1000], WAD, B("1000003424657532400"), 171_232);
ac.Add("no borrows: borrow index still grows, no interest", "", [E(12), 0, WAD, WAD, 951_293_759, 3600, 1000], WAD, B("1000003424657532400"), 0);
ac.Add("reserve factor 0", "", [E(12), 500_000_000_000, WAD, WAD, 951_293_759, 3600, 0], B("1000001712328000000"), B("1000003424657532400"), 0);
ac.Add("reserve factor 100%", "", [E(12), 500_000_000_000, WAD, WAD, 951_293_759, 3600, 10000], WAD, B("1000003424657532400"), 1_712_328);
ac.Add("delta b rounds up (1 s at 1 wei/s)", "", [E(12), E(12), WAD, WAD + 1, 1, 1, 1000], WAD, WAD + 3, 0);
// one hour at the capped rate MAX_RATE_PER_SECOND = floor(10e18 / 31,536,000) = 317,097,919,837 (1000 % APR)
ac.Add("one hour at MAX_RATE_PER_SECOND", "", [E(12), 500_000_000_000, WAD, WAD, 317_097_919_837, 3600, 1000],
    B("1000513698630000000"), B("1001141552511413200"), 57_077_625);
// saturation at MAX_INDEX = 2^128 − 1 (§5, review fix R5): Δb is cut to the room left; the supply index is clamped
var maxIdx = BigInteger.Pow(2, 128) - 1;
ac.Add("borrow index saturates at MAX_INDEX (Δb = room left = 10)", "", [E(12), E(12), WAD, maxIdx - 10, 1_000_000_000, 3600, 1000], WAD, maxIdx, 0);
ac.Add("borrow index at MAX_INDEX accrues nothing", "", [E(12), E(12), WAD, maxIdx, 1_000_000_000, 3600, 1000], WAD, maxIdx, 0);
// Δb = 3.6e12, interest = ⌊1e12 × 3.6e12 / 1e18⌋ = 3,600,000, cut 360,000, supply delta 3.24e24 over one principal unit: clamped
ac.Add("supply index saturates at MAX_INDEX", "", [1, E(12), maxIdx - 5, WAD, 1_000_000_000, 3600, 1000], maxIdx, WAD + 3_600_000_000_000, 360_000);
ac.Add("one year at 19.2% APR", "", [E(12), 900_000_000_000, B("1010000000000000000"), B("1050000000000000000"), 6_088_280_060, 31_536_000, 1000], null);
for (int i = 0; i < 10; i++)
{
    var tsp = RL(6, 15); var tbp = R(0, tsp);
    ac.Add($"random #{i}", "", [tsp, tbp, R(WAD, 2 * WAD), R(WAD, 2 * WAD), R(0, 10_000_000_000), R(0, 3 * 31_536_000), R(0, 5000)]);
}

// ───────── effectiveAddOn(currentBps, pendingBps, pendingEffectiveAt, nowTs)
var ea = F("effectiveAddOn");
ea.Add("E4 during grace: current in force", "E4", [0, 300, 1_700_086_400, 1_700_050_000], 0);
ea.Add("E4 one second before effective time", "E4", [0, 300, 1_700_086_400, 1_700_086_399], 0);
ea.Add("E4 at effective time: pending in force", "E4", [0, 300, 1_700_086_400, 1_700_086_400], 300);
ea.Add("E4 after effective time", "E4", [0, 300, 1_700_086_400, 1_700_090_000], 300);
ea.Add("none pending (effectiveAt 0)", "", [200, 500, 0, 1_700_000_000], 200);
ea.Add("none pending at time 0", "", [200, 0, 0, 0], 200);
ea.Add("nonzero current with increase pending", "", [150, 400, 1_700_000_100, 1_700_000_099], 150);
ea.Add("nonzero current with increase due", "", [150, 400, 1_700_000_100, 1_700_000_101], 400);

// ───────── liquidationAmounts(debt, healthWad, maxRepay, closeFactorBps, deepHealthThresholdWad, dustThreshold, bonusBps,
//                             protocolShareBps, collateralBalance, priceWad, collateralDecimals, baseDecimals)
var la = F("liquidationAmounts");
// Every case is a single-asset account whose healthWad is the health its own collateral and debt give (§4) at the
// stated liquidation threshold (tiers B1/B2/cut2/cut3 above, no add-on), and is liquidatable (health < WAD). A case
// whose balance is 0 is left out: the vault reverts with InsufficientCollateral before it computes amounts (§7).
BigInteger HealthOf(BigInteger debt, BigInteger lt, BigInteger bal, BigInteger px, int dec)
{
    var h = spec.Health(spec.TieredAdjusted(spec.CollateralValue(bal, px, dec, 6), lt, 0, B1, B2, C2, C3), debt);
    return h < WAD ? h : throw new InvalidOperationException($"liquidationAmounts: account not liquidatable (health {h})");
}
// smallest-ish balance whose health at threshold lt is at least target (so the case lands on the intended side)
BigInteger BalFor(BigInteger target, BigInteger debt, BigInteger lt, BigInteger px, int dec)
    => spec.CollateralAmountFor((target * debt * BPS + lt * WAD - 1) / (lt * WAD) + 2, px, dec, 6) + 1;
void L(string name, string ex, BigInteger debt, BigInteger lt, BigInteger maxRepay, BigInteger cf, BigInteger deep, BigInteger dust,
    BigInteger bonus, BigInteger share, BigInteger bal, BigInteger px, int dec, params BigInteger?[] hand)
    => la.Add(name, ex, [debt, HealthOf(debt, lt, bal, px, dec), maxRepay, cf, deep, dust, bonus, share, bal, px, dec, 6], hand);
BigInteger H97 = 97 * E(16);
L("E5 partial: 50% close factor", "E5", 17 * E(9), 8500, MAX, CF, DEEP, DUST, 500, SHARE, 10 * E(18), 1950 * WAD, 18,
    8_500_000_000, B("4576923076923076923"), 42_500_000);
L("E6 full: below the deep threshold", "E6", 17 * E(9), 8500, MAX, CF, DEEP, DUST, 500, SHARE, 10 * E(18), 1800 * WAD, 18,
    17_000_000_000, B("9916666666666666666"), 85_000_000);
L("E7 seize capped at balance", "E7", 2 * E(9), 8500, MAX, CF, DEEP, DUST, 500, SHARE, E(18), 1500 * WAD, 18,
    1_428_571_429, E(18), 7_142_858);
L("E8 isolated WBTC seize capped at balance", "E8", E(11), 8000, MAX, CF, DEEP, DUST, 700, SHARE, 2 * E(8), 30000 * WAD, 8,
    56_074_766_356, 2 * E(8), 392_523_365);
L("dust rule: remainder below dust -> full", "", 15 * E(6), 8500, MAX, CF, DEEP, DUST, 500, SHARE, BalFor(H97, 15 * E(6), 8500, ethPx, 18), ethPx, 18,
    15_000_000, 7_875_000_000_000_000, 75_000);
L("dust boundary: remainder == dust stays 50%", "", 20 * E(6), 8500, MAX, CF, DEEP, DUST, 500, SHARE, BalFor(H97, 20 * E(6), 8500, ethPx, 18), ethPx, 18,
    10_000_000, 5_250_000_000_000_000, 50_000);
L("dust boundary: odd debt, remainder == dust", "", 19_999_999, 8500, MAX, CF, DEEP, DUST, 500, SHARE, BalFor(H97, 19_999_999, 8500, ethPx, 18), ethPx, 18,
    9_999_999, null, null);
L("dust boundary: remainder == dust - 1 -> full", "", 19_999_998, 8500, MAX, CF, DEEP, DUST, 500, SHARE, BalFor(H97, 19_999_998, 8500, ethPx, 18), ethPx, 18,
    19_999_998, null, null);
L("maxRepay below cap", "", 17 * E(9), 8500, 1000 * E(6), CF, DEEP, DUST, 500, SHARE, 10 * E(18), 1950 * WAD, 18, 1_000_000_000, null, 5_000_000);
L("health exactly at deep threshold (10 WETH at 1900): 50%", "", 17 * E(9), 8500, MAX, CF, DEEP, DUST, 500, SHARE, 10 * E(18), 1900 * WAD, 18,
    8_500_000_000, B("4697368421052631578"), 42_500_000);
L("health just below deep threshold (10 WETH at 1899.99): 100%", "", 17 * E(9), 8500, MAX, CF, DEEP, DUST, 500, SHARE, 10 * E(18), B("1899990000000000000000"), 18,
    17_000_000_000, B("9394786288348886046"), 85_000_000);
L("8dec WBTC partial", "", 40_000 * E(6), 8000, MAX, CF, DEEP, DUST, 700, SHARE, BalFor(H97, 40_000 * E(6), 8000, btcPx, 8), btcPx, 8, 20_000_000_000, null, null);
L("6dec collateral seize capped", "", 1000 * E(6), 9000, MAX, CF, DEEP, DUST, 500, SHARE, 600 * E(6), B("999500000000000000"), 6, null, 600 * E(6), null);
L("6dec collateral partial", "", 1000 * E(6), 9000, MAX, CF, DEEP, DUST, 500, SHARE, BalFor(H97, 1000 * E(6), 9000, B("999500000000000000"), 6), B("999500000000000000"), 6,
    500 * E(6), null, null);
L("maxRepay zero", "", 2000 * E(6), 8500, 0, CF, DEEP, DUST, 500, SHARE, E(18), ethPx, 18, 0, 0, 0);
L("fee rounds up: repay 1 unit", "", 17 * E(9), 8500, 1, CF, DEEP, DUST, 500, SHARE, 10 * E(18), 1950 * WAD, 18, 1, null, 1);
L("zero bonus, zero fee", "", 17 * E(9), 8500, MAX, CF, DEEP, DUST, 0, SHARE, 10 * E(18), 1950 * WAD, 18, 8_500_000_000, null, 0);
L("zero protocol share", "", 17 * E(9), 8500, MAX, CF, DEEP, DUST, 500, 0, 10 * E(18), 1950 * WAD, 18, 8_500_000_000, null, 0);
L("seize exactly the balance, zero bonus (no cap)", "", 4000 * E(6), 8500, MAX, CF, DEEP, DUST, 0, SHARE, 2 * E(18), ethPx, 18, 4000 * E(6), 2 * E(18), 0);
// separating cases (issue 23): each fails if its rule is implemented the other plausible way
L("seized == balance with a bonus is not capped (> not >=)", "", 8, 9000, 4, CF, DEEP, 0, 500, SHARE, 1, 3 * WAD, 6, 4, 1, 1);
L("close factor 2500", "", 17 * E(9), 8500, MAX, 2500, DEEP, DUST, 500, SHARE, 10 * E(18), 1950 * WAD, 18,
    4_250_000_000, B("2288461538461538461"), 21_250_000);
L("close factor 10000 above the deep threshold", "", 17 * E(9), 8500, MAX, 10000, DEEP, DUST, 500, SHARE, 10 * E(18), 1950 * WAD, 18,
    17_000_000_000, B("9153846153846153846"), 85_000_000);
L("dust threshold 10,000 USDC makes a 8,500 USDC remainder dust", "", 17 * E(9), 8500, MAX, CF, DEEP, 10_000 * E(6), 500, SHARE, 10 * E(18), 1950 * WAD, 18,
    17_000_000_000, B("9153846153846153846"), 85_000_000);
L("dust threshold 0: a 7.5 USDC remainder stays", "", 15 * E(6), 8500, MAX, CF, DEEP, 0, 500, SHARE, BalFor(H97, 15 * E(6), 8500, ethPx, 18), ethPx, 18,
    7_500_000, 3_937_500_000_000_000, 37_500);
L("deep threshold 0.98: health 0.975 is deep", "", 17 * E(9), 8500, MAX, CF, 98 * E(16), DUST, 500, SHARE, 10 * E(18), 1950 * WAD, 18,
    17_000_000_000, B("9153846153846153846"), 85_000_000);
L("deep threshold 0.90: health 0.92 is not deep", "", 17 * E(9), 8500, MAX, CF, 9 * E(17), DUST, 500, SHARE, 10 * E(18), 1840 * WAD, 18,
    8_500_000_000, B("4850543478260869565"), 42_500_000);
for (int i = 0; i < 12; i++)
{
    int kind = i % 3;
    int dec = kind == 0 ? 18 : kind == 1 ? 8 : 6;
    var px = kind == 0 ? R(500 * WAD, 5000 * WAD) : kind == 1 ? R(20000 * WAD, 100000 * WAD) : R(99 * E(16), 101 * E(16));
    BigInteger lt = R(5000, 9500), bal = RL(0, dec + 5), target = R(E(16), WAD - 1);
    var liq = spec.TieredAdjusted(spec.CollateralValue(bal, px, dec, 6), lt, 0, B1, B2, C2, C3);
    var debt = liq.IsZero ? RL(6, 13) : (liq * WAD + target - 1) / target;
    L($"random {dec}dec #{i}", "", debt, lt, i % 4 == 0 ? RL(6, 12) : MAX, R(1000, 10000), R(5 * E(17), WAD), R(0, 100 * E(6)),
        R(0, 1500), R(0, 5000), bal, px, dec);
}

// ───────── badDebtSplit(badDebt, poolAssets, coverCapBps, totalSupplyPrincipal)
var bd = F("badDebtSplit");
bd.Add("E7 covered in full", "E7", [571_428_571, 5 * E(12), CAP, E(13)], 571_428_571, 0, 0);
bd.Add("E8 cover capped, rest socialized", "E8", [43_925_233_644, E(11), CAP, 970_000_000_000], 30_000_000_000, 13_925_233_644, B("14355910973195877"));
bd.Add("bad debt exactly the cap", "", [1_500_000_000, 5 * E(9), CAP, E(12)], 1_500_000_000, 0, 0);
bd.Add("bad debt cap + 1 socializes one unit", "", [1_500_000_001, 5 * E(9), CAP, E(12)], 1_500_000_000, 1, E(6));
bd.Add("drop rounds up", "", [1_500_000_001, 5 * E(9), CAP, 3 * E(12)], 1_500_000_000, 1, 333_334);
bd.Add("empty pool: all socialized", "", [E(9), 0, CAP, E(12)], 0, E(9), E(15));
bd.Add("zero bad debt", "", [0, 5 * E(12), CAP, E(12)], 0, 0, 0);
bd.Add("cover cap 100%", "", [E(9), E(9), 10000, E(12)], E(9), 0, 0);
bd.Add("cover cap floors", "", [E(9), 3333, CAP, E(12)], 999, E(9) - 999, null);
bd.Add("no supply principal: no index drop", "", [E(9), 0, CAP, 0], 0, E(9), 0);
for (int i = 0; i < 8; i++) bd.Add($"random #{i}", "", [RL(3, 12), RL(6, 13), R(0, 10000), RL(6, 14)]);

// ───────── cappedRatePerSecond(modelRatePerSecond): min(r, MAX_RATE_PER_SECOND = 317,097,919,837)
var cr = F("cappedRatePerSecond");
BigInteger maxRate = 317_097_919_837;
cr.Add("E9 3% APR passes", "E9", [951_293_759], 951_293_759);
cr.Add("zero", "", [0], 0);
cr.Add("one below the cap passes", "", [maxRate - 1], maxRate - 1);
cr.Add("exactly the cap", "", [maxRate], maxRate);
cr.Add("one above the cap is capped", "", [maxRate + 1], maxRate);
cr.Add("a broken model (1e12 per second) is capped", "", [E(12)], maxRate);
cr.Add("uint256 max is capped", "", [MAX], maxRate);

// ───────── supplyIndexAfterLoss(supplyIndex, drop)
var sl = F("supplyIndexAfterLoss");
sl.Add("E8 index after socialization", "E8", [103 * E(16), B("14355910973195877")], B("1015644089026804123"));
sl.Add("no loss", "", [103 * E(16), 0], 103 * E(16));
sl.Add("below WAD is allowed (not clamped at WAD)", "", [WAD, E(17)], 9 * E(17));
sl.Add("drop = index - 2 leaves 2", "", [WAD, WAD - 2], 2);
sl.Add("drop = index - 1 leaves 1", "", [WAD, WAD - 1], 1);
sl.Add("drop = index clamps to 1 (not 0)", "", [WAD, WAD], 1);
sl.Add("drop above the index clamps to 1 (no underflow)", "", [103 * E(16), 5 * WAD], 1);
sl.Add("index already at the floor", "", [1, 1], 1);

// ───────── marketUtilization(totalSupplyAssets, totalBorrowAssets)
var mu = F("marketUtilization");
mu.Add("E9 half borrowed", "E9", [E(12), 500_000_000_000], 5 * E(17));
mu.Add("no supply", "", [0, 5], 0);
mu.Add("nothing borrowed", "", [E(12), 0], 0);
mu.Add("fully borrowed", "", [E(12), E(12)], WAD);
mu.Add("borrow above supply clamps to WAD", "", [E(12), E(12) + 1], WAD);
mu.Add("2/3 rounds down", "", [3, 2], B("666666666666666666"));
mu.Add("one below full", "", [E(12), E(12) - 1], B("999999999999000000"));
for (int i = 0; i < 6; i++) { var s0 = RL(3, 15); mu.Add($"random #{i}", "", [s0, R(0, s0)]); }

files.AddRange(PerpVectors.Build());

int total = 0;
foreach (var f in files)
{
    Directory.CreateDirectory(Path.Combine(outDir, f.Folder));
    var path = Path.Combine(outDir, f.Folder, f.Function + ".json");
    File.WriteAllText(path, f.ToJson());
    Console.WriteLine($"{(f.Folder == "" ? "" : f.Folder + "/") + f.Function,-24} {f.Cases.Count,4} cases ({f.Cases.Count(c => c.Example != "")} worked-example, {f.HandChecked} hand-checked{(f.Reverts.Count > 0 ? $", {f.Reverts.Count} revert" : "")})");
    total += f.Cases.Count;
}
Console.WriteLine($"total {total} cases in {files.Count} files -> {outDir}");
return 0;


sealed record VectorCase(string Name, string Example, List<(string Key, BigInteger Value)> Args, List<(string Key, BigInteger Value)> Expected);

sealed record RevertCase(string Name, string Example, List<(string Key, BigInteger Value)> Args, string Error);

/// <summary>One vector file, tests/vectors/[folder/]function.json.</summary>
sealed class VectorFile(string function, string folder = "")
{
    private static readonly SpecMath Spec = new();
    private readonly SpecFunctions.Function _fn = SpecFunctions.All.TryGetValue(function, out var f) ? f
        : throw new InvalidOperationException($"SpecModel has no function {function}");

    public string Function { get; } = function;
    public string Folder { get; } = folder;
    public List<VectorCase> Cases { get; } = [];
    public List<RevertCase> Reverts { get; } = [];
    public int HandChecked { get; private set; }

    private List<(string, BigInteger)> ArgList(string name, object[] args)
    {
        if (Cases.Any(c => c.Name == name) || Reverts.Any(c => c.Name == name))
            throw new InvalidOperationException($"{Function}: duplicate case name {name}");
        if (_fn.Args.Length != args.Length) throw new InvalidOperationException($"{Function}/{name}: {args.Length} args, function takes {_fn.Args.Length}");
        return _fn.Args.Select((k, i) => (k, args[i] switch
        {
            BigInteger b => b, int n => n, long l => l, uint u => u, ulong ul => ul, bool t => t ? 1 : 0,
            _ => throw new InvalidOperationException($"bad arg type {args[i].GetType()}"),
        })).ToList();
    }

    /// <summary>Adds a case; <paramref name="hand"/> are hand-derived outputs (null = not hand-derived), checked against the model.</summary>
    public void Add(string name, string example, object[] args, params BigInteger?[]? hand)
    {
        var argList = ArgList(name, args);
        BigInteger[] values;
        try { values = _fn.Eval(Spec, argList.Select(a => a.Item2).ToArray()); }
        catch (SpecRevert e) { throw new InvalidOperationException($"{Function}/{name}: the model reverts ({e.Error}); use AddRevert"); }
        var outputs = _fn.Outputs.Zip(values).ToList();

        hand ??= [];
        if (hand.Length != 0 && hand.Length != outputs.Count)
            throw new InvalidOperationException($"{Function}/{name}: {hand.Length} hand values for {outputs.Count} outputs");
        for (int i = 0; i < hand.Length; i++)
        {
            if (hand[i] is not { } h) continue;
            if (h != outputs[i].Second)
                throw new InvalidOperationException($"{Function}/{name}: hand value {outputs[i].First} = {h} but the spec model gives {outputs[i].Second}");
            HandChecked++;
        }
        if (example != "" && (hand.Length == 0 || hand.Any(h => h is null)))
            throw new InvalidOperationException($"{Function}/{name}: worked-example case {example} must have every output hand-derived");
        Cases.Add(new VectorCase(name, example, argList, outputs.Select(o => (o.First, o.Second)).ToList()));
    }

    /// <summary>Adds a case the specification says reverts with <paramref name="error"/>; checked against the model.</summary>
    public void AddRevert(string name, object[] args, string error)
    {
        var argList = ArgList(name, args);
        try
        {
            _fn.Eval(Spec, argList.Select(a => a.Item2).ToArray());
            throw new InvalidOperationException($"{Function}/{name}: the model does not revert");
        }
        catch (SpecRevert e) when (e.Error == error) { }
        catch (SpecRevert e) { throw new InvalidOperationException($"{Function}/{name}: the model reverts with {e.Error}, not {error}"); }
        HandChecked++;
        Reverts.Add(new RevertCase(name, "", argList, error));
    }

    public string ToJson()
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("function", Function);
            w.WriteString("count", Cases.Count.ToString(CultureInfo.InvariantCulture));
            w.WriteStartArray("cases");
            foreach (var c in Cases)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.WriteString("example", c.Example);
                foreach (var (k, v) in c.Args) w.WriteString(k, v.ToString(CultureInfo.InvariantCulture));
                foreach (var (k, v) in c.Expected) w.WriteString(k, v.ToString(CultureInfo.InvariantCulture));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (Reverts.Count > 0)
            {
                w.WriteString("revertCount", Reverts.Count.ToString(CultureInfo.InvariantCulture));
                w.WriteStartArray("reverts");
                foreach (var c in Reverts)
                {
                    w.WriteStartObject();
                    w.WriteString("name", c.Name);
                    foreach (var (k, v) in c.Args) w.WriteString(k, v.ToString(CultureInfo.InvariantCulture));
                    w.WriteString("error", c.Error);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }
}
