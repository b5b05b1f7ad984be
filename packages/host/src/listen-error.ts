import { ConfigError } from './config.js';

/**
 * What a failed `listen` means in terms of the settings that chose the address: a port already in
 * use, a port the user may not bind, or a HOST that is not this machine's. Any other failure is not
 * the settings' fault and is returned unchanged.
 */
export function explainListenError(error: unknown, address: { port: number; host: string }): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = `${address.host}:${address.port}`;
  switch (code) {
    case 'EADDRINUSE':
      return new ConfigError(
        `port ${address.port} is already in use on ${address.host} (another envfleet, or another program): stop it, or set PORT to a free port (PORT=0 picks one)`,
      );
    case 'EACCES':
      return new ConfigError(`this user may not listen on ${where}: set PORT to 1024 or above`);
    case 'EADDRNOTAVAIL':
      return new ConfigError(
        `HOST=${address.host} is not an address of this machine: set HOST to one of its addresses (127.0.0.1, 0.0.0.0)`,
      );
    default:
      return error;
  }
}
