import { defineErrors } from 'influgentic';

/** The agents plugin's error codes (each in openapi.yaml's Problem table). */
export const agentErrors = defineErrors({
  AGENT_NOT_FOUND: { status: 404, title: 'Agent not found' },
  ASSET_NOT_FOUND: { status: 404, title: 'Asset not found' },
  AGENT_NOT_OWNED: { status: 403, title: 'Agent not owned by this organization' },
  AGENT_RETIRED: { status: 409, title: 'Agent retired' },
  AGENT_ID_TAKEN: { status: 409, title: 'Agent id taken' },
  AGENT_VERSION_CONFLICT: { status: 409, title: 'Agent version not newer than the serving one' },
  AGENT_INVALID: { status: 422, title: 'Agent fields not valid' },
  ASSET_CONTENT_MISMATCH: { status: 422, title: 'Asset bytes do not match the content type' },
});
