// flush(): answers every appender before the batch is written and forced, so a disk that gives out breaks a promise already made.
long start = open.end;
long end = start;
for (var waiting : open.batch) {
    end += waiting.record().length;
    GenServer.reply(waiting.from(), new Entry(waiting.stream(), waiting.seq(), waiting.event(), end));
}
var bytes = ByteBuffer.allocate(open.batch.stream().mapToInt(waiting -> waiting.record().length).sum());
open.batch.forEach(waiting -> bytes.put(waiting.record()));
bytes.flip();
open.fence.write(open.incarnation, "the journal " + file, () -> {
    while (bytes.hasRemaining()) {
        open.end += open.channel.write(bytes, open.end);
    }
    forcer.force(open.channel);
});
open.batch.clear();
