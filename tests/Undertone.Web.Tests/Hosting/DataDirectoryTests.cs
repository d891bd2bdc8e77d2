using Microsoft.Extensions.Configuration;

namespace Undertone.Web.Tests.Hosting;

public sealed class DataDirectoryTests
{
    [Fact]
    public void Resolve_SettingWinsOverEnvironmentVariable()
    {
        var configuration = Configuration((DataDirectory.SettingKey, "/tmp/from-setting"), (DataDirectory.EnvironmentVariable, "/tmp/from-env"));

        Assert.Equal("/tmp/from-setting", DataDirectory.Resolve(configuration));
    }

    [Fact]
    public void Resolve_EnvironmentVariable_UsedWhenNoSetting()
    {
        var configuration = Configuration((DataDirectory.EnvironmentVariable, "/tmp/from-env"));

        Assert.Equal("/tmp/from-env", DataDirectory.Resolve(configuration));
    }

    [Fact]
    public void Resolve_Nothing_UsesUndertoneUnderLocalApplicationData()
    {
        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Undertone");

        Assert.Equal(expected, DataDirectory.Resolve(Configuration()));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
