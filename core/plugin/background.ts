import { token } from '../container.js';
import type { Logger } from '../logger.js';

/** Work that runs while the server runs: job workers, the live event feed, the scheduler. */
export interface BackgroundService {
  readonly name: string;
  start(): Promise<void> | void;
  /** Finishes or hands over what is in flight; resolves when done. */
  stop(): Promise<void> | void;
}

/** Where kernel plugins register their background services (kernel-internal). */
export const BACKGROUND = token<BackgroundServices>('core.background');

/**
 * The host starts these after every plugin's `start` (so handlers find their plugins ready)
 * and stops them, in reverse, before any plugin's `stop` (so no handler outlives its plugin).
 */
export class BackgroundServices {
  private readonly services: BackgroundService[] = [];
  private readonly started: BackgroundService[] = [];

  constructor(private readonly logger: Logger) {}

  add(service: BackgroundService): void {
    this.services.push(service);
  }

  async start(): Promise<void> {
    for (const service of this.services) {
      if (this.started.includes(service)) continue;
      await service.start();
      this.started.push(service);
    }
  }

  /** Stops in reverse order; one failing stop does not skip the others. */
  async stop(): Promise<void> {
    while (this.started.length > 0) {
      const service = this.started.pop() as BackgroundService;
      try {
        await service.stop();
      } catch (error) {
        this.logger.error({ err: error, service: service.name }, 'background service failed to stop cleanly');
      }
    }
  }
}
