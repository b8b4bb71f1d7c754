// crashed(): runs the server's terminate without asking whether a kill has already ended the server.
server.terminate(reasonOf(failure), state);
