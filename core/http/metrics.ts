import type { RequestHandler } from 'express';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { operationOf } from './gate.js';
import { elapsedMs } from './request-context.js';

/** Prometheus metrics of one app: its own registry, so several apps in one process do not collide. */
export class HttpMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation_id' | 'method' | 'status'>;
  private readonly duration: Histogram<'operation_id' | 'method' | 'status'>;
  /** Label lookups hash their labels; one series per operation, method and status is kept here. */
  private readonly series = new Map<string, { requests: { inc(): void }; duration: { observe(value: number): void } }>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'influgentic_' });
    this.requests = new Counter({
      name: 'influgentic_http_requests_total',
      help: 'HTTP requests by operationId, method and status',
      labelNames: ['operation_id', 'method', 'status'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'influgentic_http_request_duration_seconds',
      help: 'Time from request to the end of the response, by operationId, method and status',
      labelNames: ['operation_id', 'method', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
  }

  /** Counts and times every request; routes outside the contract are `unmatched`. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      res.on('finish', () => {
        const operationId = operationOf(res.locals)?.operationId ?? 'unmatched';
        const key = `${operationId} ${req.method} ${res.statusCode}`;
        let series = this.series.get(key);
        if (!series) {
          const labels = { operation_id: operationId, method: req.method, status: String(res.statusCode) };
          series = { requests: this.requests.labels(labels), duration: this.duration.labels(labels) };
          this.series.set(key, series);
        }
        series.requests.inc();
        series.duration.observe(elapsedMs(res) / 1000);
      });
      next();
    };
  }
}
