import { token } from 'influgentic';
import type { ContentService } from './service/types.js';

export type {
  ContentService,
  ContentCaller,
  Content,
  ContentInput,
  ContentFormat,
  ChannelFormat,
  ContentCompliance,
  ComplianceFlag,
  GenerationContext,
  GenerationRun,
  GenerationStep,
  PreparedGeneration,
  StreamEvent,
  ContentFilter,
  ContentPage,
} from './service/types.js';

/**
 * Content generation, for the campaigns plugin (and any later one): prepare a request for an
 * agent, then generate it whole or as stream steps. Every generation is stored and emits
 * `agent.content_generated`.
 *
 * @example
 *   constructor(@inject(CONTENT_SERVICE) private readonly content: ContentService) {}
 *   const prepared = await this.content.prepare(principal, campaign.agent_id, input, { campaignId: campaign.id, allowRetiredAgent: true });
 *   await (await this.content.stream(prepared, signal)).pipe((step) => send(step.event));
 */
export const CONTENT_SERVICE = token<ContentService>('content.service');
