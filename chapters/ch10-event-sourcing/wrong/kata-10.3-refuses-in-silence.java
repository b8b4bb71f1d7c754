// deposit(): refuses what the edge refuses but records nothing, so a cast's refusal is seen by nobody.
var amount = Amount.parse(text);
if (amount instanceof Checked.Invalid<BigDecimal>(String why)) {
    return replayed;
}
return recorded(replayed, new Wallet.Deposited(amount.orElseThrow()));
