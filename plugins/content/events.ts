import type { EventDefinition } from 'influgentic';

/** Emitted for every stored generation (JSON, SSE, WebSocket, campaign); the payload is the content object. */
export const CONTENT_GENERATED = 'agent.content_generated';

export const contentEvents: Readonly<Record<string, EventDefinition>> = {
  [CONTENT_GENERATED]: {
    description: 'A piece of content was generated and stored (JSON, SSE, WebSocket or campaign stream); `data` is the content object.',
    payload: {
      type: 'object',
      required: ['id', 'agent_id', 'campaign_id', 'content_type', 'format', 'language', 'text', 'ai_generated', 'finish_reason', 'created_at'],
      properties: {
        id: { type: 'string' },
        agent_id: { type: 'string' },
        campaign_id: { type: ['string', 'null'] },
        content_type: { type: 'string' },
        format: { type: 'string' },
        language: { type: 'string' },
        text: { type: 'string' },
        ai_generated: { type: 'boolean', const: true },
        finish_reason: { type: 'string' },
        created_at: { type: 'string' },
      },
    },
  },
};
