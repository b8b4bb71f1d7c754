// flush(): writes and forces each append of the batch on its own: correct, but sixteen writers cost sixteen forces, and group commit is gone.
for (var waiting : open.batch) {
    var bytes = ByteBuffer.wrap(waiting.record());
    open.fence.write(open.incarnation, "the journal " + file, () -> {
        while (bytes.hasRemaining()) {
            open.end += open.channel.write(bytes, open.end);
        }
        forcer.force(open.channel);
    });
    GenServer.reply(waiting.from(), new Entry(waiting.stream(), waiting.seq(), waiting.event(), open.end));
}
open.batch.clear();
