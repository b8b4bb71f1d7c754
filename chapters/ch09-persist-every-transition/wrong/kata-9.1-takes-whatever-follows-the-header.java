// decode(): ignores the length the header promises and takes whatever follows, so a truncated file is reported as corrupt and a longer one too, never as what it is.
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
var value = ByteBuffer.wrap(bytes, newline + 1, found).slice();
String sum = checksum(value.duplicate());
if (!sum.equals(header.group(2))) {
    throw refused(file, "it is corrupt: its state's checksum is " + sum + ", its header says " + header.group(2));
}
return utf8(file, value);
