using MarginInsurance.Keeper.Coordination;
using MarginInsurance.Sdk.Accounts;

namespace MarginInsurance.Keeper.Tests.Coordination;

/// <summary>Shards: every account owned by exactly one live instance; joins and leaves move only what they must.</summary>
public sealed class RendezvousTests
{
    private static readonly IReadOnlyList<AccountId> Accounts =
        Enumerable.Range(0, 300).Select(i => new AccountId($"0x{i % 60:x40}", i / 60)).ToList();

    private static Dictionary<AccountId, string> Owners(IReadOnlyList<string> instances) =>
        Accounts.ToDictionary(a => a, a => Rendezvous.Owner(a, instances)!);

    [Fact]
    public void EveryAccountHasExactlyOneOwnerAndTheShardsPartitionTheAccounts()
    {
        string[] live = ["keeper-a", "keeper-b", "keeper-c"];
        var shards = live.Select(i => Rendezvous.Shard(Accounts, live, i)).ToList();
        Assert.Equal(Accounts.Count, shards.Sum(s => s.Count));
        Assert.Equal(Accounts.Count, shards.SelectMany(s => s).Distinct().Count());
        Assert.All(shards, s => Assert.InRange(s.Count, Accounts.Count / 5, Accounts.Count / 2)); // roughly a third each
        Assert.Empty(Rendezvous.Shard(Accounts, live, "keeper-d")); // not live: owns nothing
        Assert.Equal(Owners(live), Owners(["keeper-c", "keeper-a", "keeper-b"])); // order of the list does not matter
    }

    [Fact]
    public void WhenAnInstanceLeavesOnlyItsAccountsMoveAndWhenOneJoinsOnlyAccountsItTakesMove()
    {
        var three = Owners(["keeper-a", "keeper-b", "keeper-c"]);
        var two = Owners(["keeper-a", "keeper-c"]);
        foreach (var a in Accounts)
        {
            if (three[a] != "keeper-b") Assert.Equal(three[a], two[a]);
            else Assert.Contains(two[a], new[] { "keeper-a", "keeper-c" });
        }

        var four = Owners(["keeper-a", "keeper-b", "keeper-c", "keeper-d"]);
        Assert.All(Accounts, a => Assert.True(four[a] == three[a] || four[a] == "keeper-d"));
        Assert.Contains(four.Values, v => v == "keeper-d");
        Assert.All(Accounts, a => Assert.Equal("keeper-a", Rendezvous.Owner(a, ["keeper-a"])));
        Assert.Null(Rendezvous.Owner(Accounts[0], []));
    }
}
