import type { EventDefinition } from 'influgentic';

export const BUILD_COMPLETE = 'agent.build_complete';

/** The builder's event: its payload is the build as GET /v1/builder/agents/{id} returns it. */
export const builderEvents: Readonly<Record<string, EventDefinition>> = {
  [BUILD_COMPLETE]: {
    description: 'A custom agent\'s build ended, `ready` or `failed` (see `data.status` and `data.error`); `data` is the build.',
    payload: {
      type: 'object',
      required: ['id', 'name', 'status', 'version', 'error'],
      properties: { id: { type: 'string' }, name: { type: 'string' }, status: { type: 'string' }, version: { type: 'integer' } },
    },
  },
};
