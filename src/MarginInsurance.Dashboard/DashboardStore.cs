namespace MarginInsurance.Dashboard;

/// <summary>The sampler's output: the latest snapshot and a ring buffer of series points. Thread-safe.</summary>
public sealed class DashboardStore
{
    private readonly object _gate = new();
    private readonly SeriesPointDto[] _ring;
    private int _start;
    private int _count;
    private AccountsDto _accounts;
    private RiskDto _risk = new(0, false, [], []);
    private SamplerDto _sampler = new(0, 0, 0, null, 0);
    private PerpsDto _perps = new(0, [], null, [], [], "0", "not sampled yet");

    /// <summary>Creates a store keeping <paramref name="capacity"/> series points.</summary>
    public DashboardStore(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _ring = new SeriesPointDto[capacity];
        _accounts = new AccountsDto(string.Empty, 0, 0, 0, string.Empty, null, [], [], null);
    }

    /// <summary>Latest accounts snapshot.</summary>
    public AccountsDto Accounts
    {
        get { lock (_gate) { return _accounts; } }
    }

    /// <summary>Latest risk panel.</summary>
    public RiskDto Risk
    {
        get { lock (_gate) { return _risk; } }
    }

    /// <summary>Latest perps snapshot.</summary>
    public PerpsDto Perps
    {
        get { lock (_gate) { return _perps; } }
    }

    internal void PublishPerps(PerpsDto perps)
    {
        lock (_gate)
        {
            _perps = perps;
        }
    }

    /// <summary>Sampler health.</summary>
    public SamplerDto Sampler
    {
        get { lock (_gate) { return _sampler; } }
    }

    /// <summary>Series points, oldest first.</summary>
    public IReadOnlyList<SeriesPointDto> Series()
    {
        lock (_gate)
        {
            var result = new SeriesPointDto[_count];
            for (var i = 0; i < _count; i++)
            {
                result[i] = _ring[(_start + i) % _ring.Length];
            }

            return result;
        }
    }

    internal void Publish(AccountsDto accounts, RiskDto risk, SeriesPointDto point, double elapsedMs)
    {
        lock (_gate)
        {
            _accounts = accounts;
            _risk = risk;
            Append(point);
            _sampler = _sampler with { LastBlock = point.Block, Samples = _sampler.Samples + 1, LastSampleMs = elapsedMs };
        }
    }

    /// <summary>A point read from the chain's past (history backfill), before the first live sample.</summary>
    internal void AddHistory(SeriesPointDto point)
    {
        lock (_gate)
        {
            Append(point);
        }
    }

    private void Append(SeriesPointDto point)
    {
        if (_count < _ring.Length)
        {
            _ring[(_start + _count) % _ring.Length] = point;
            _count++;
        }
        else
        {
            _ring[_start] = point;
            _start = (_start + 1) % _ring.Length;
        }
    }

    internal void Reset(AccountsDto accounts)
    {
        lock (_gate)
        {
            _accounts = accounts;
            _risk = new RiskDto(0, false, [], []);
            Array.Clear(_ring);
            _start = 0;
            _count = 0;
        }
    }

    internal void RecordError(string message)
    {
        lock (_gate)
        {
            _sampler = _sampler with { RpcErrors = _sampler.RpcErrors + 1, LastError = message };
        }
    }
}
