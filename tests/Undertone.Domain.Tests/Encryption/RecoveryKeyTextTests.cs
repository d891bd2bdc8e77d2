using Undertone.Domain.Encryption;

namespace Undertone.Domain.Tests.Encryption;

public sealed class RecoveryKeyTextTests
{
    [Fact]
    public void Format_AnyKey_ReadsBackToTheSameBytes_AsShownOrAsAPersonTypesIt()
    {
        Gen.Byte.Array[RecoveryKeyText.SecretLength].Sample(secret =>
        {
            var shown = RecoveryKeyText.Format(secret);

            Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$", shown);
            Assert.True(RecoveryKeyText.TryParse(shown, out var back));
            Assert.Equal(secret, back);
            var typed = shown.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant().Replace('0', 'o').Replace('1', 'l');
            Assert.True(RecoveryKeyText.TryParse(typed, out var typedBack));
            Assert.Equal(secret, typedBack);
        });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCD-EFGH")]
    [InlineData("0000-0000-0000-0000-0000-0000-0000-000")]
    [InlineData("0000-0000-0000-0000-0000-0000-0000-00000")]
    [InlineData("0000-0000-0000-0000-0000-0000-0000-000U")]
    [InlineData("0000-0000-0000-0000-0000-0000-0000-000!")]
    public void TryParse_NotARecoveryKey_IsFalse(string? text)
    {
        Assert.False(RecoveryKeyText.TryParse(text, out var secret));
        Assert.Empty(secret);
    }

    [Fact]
    public void Format_AllZeroAndAllOnes_AreTheFirstAndLastCharacters()
    {
        Assert.Equal("0000-0000-0000-0000-0000-0000-0000-0000", RecoveryKeyText.Format(new byte[20]));
        Assert.Equal("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", RecoveryKeyText.Format(Enumerable.Repeat((byte)0xFF, 20).ToArray()));
    }

    [Fact]
    public void Format_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => RecoveryKeyText.Format(new byte[16]));
    }
}
