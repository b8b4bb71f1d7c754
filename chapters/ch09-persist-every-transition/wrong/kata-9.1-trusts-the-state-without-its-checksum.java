// decode(): checks the header and the length but never the checksum, so a state changed on the disk is read as if it were written so.
if (bytes.length == 0) {
    throw refused(file, "it is empty (a write that was never forced?)");
}
int newline = indexOfNewline(bytes);
if (newline < 0) {
    throw refused(file, "it has no header line: it does not begin with \"" + MAGIC + " length=… crc32c=…\"");
}
var header = HEADER.matcher(new String(bytes, 0, newline, StandardCharsets.US_ASCII));
if (!header.matches()) {
    throw refused(file, "it does not begin with a store header (\"" + MAGIC + " length=… crc32c=…\")");
}
int length = Integer.parseInt(header.group(1));
int found = bytes.length - newline - 1;
if (found < length) {
    throw refused(file, "it is truncated: its header promises " + length + " bytes of state, " + found + " follow");
}
if (found > length) {
    throw refused(file, "it is too long: its header promises " + length + " bytes of state, " + found + " follow");
}
var value = ByteBuffer.wrap(bytes, newline + 1, length).slice();
return utf8(file, value);
