using Undertone.Domain.Encryption;

namespace Undertone.Domain.Tests.Encryption;

public sealed class UnlockBackoffTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 5)]
    [InlineData(5, 10)]
    [InlineData(6, 20)]
    [InlineData(7, 40)]
    [InlineData(8, 80)]
    [InlineData(9, 160)]
    [InlineData(10, 300)]
    [InlineData(1_000_000, 300)]
    [InlineData(int.MaxValue, 300)]
    public void After_WrongTriesInARow_WaitsThisManySeconds(int failures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), UnlockBackoff.After(failures));
    }

    [Fact]
    public void After_NeverShrinksAsWrongTriesGrow()
    {
        for (var failures = 1; failures < 100; failures++)
        {
            Assert.True(UnlockBackoff.After(failures) >= UnlockBackoff.After(failures - 1));
        }
    }
}
