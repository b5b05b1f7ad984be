// The child side of startServer: listen on 127.0.0.1, report the port, answer CPU queries, and
// close cleanly when told to (so --cpu-prof can write its profile) or when the parent goes away.

export async function serveUntilStopped(app) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const stop = async (code) => {
    await Promise.race([app.close(), new Promise((resolve) => setTimeout(resolve, 3_000))]);
    process.exit(code);
  };
  process.on('message', (message) => {
    if (message?.type === 'cpu') process.send({ type: 'cpu', usage: process.cpuUsage() });
    if (message?.type === 'stop') void stop(0);
  });
  process.on('disconnect', () => void stop(1));
  process.send({ type: 'listening', port: app.server.address().port });
}
