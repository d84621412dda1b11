/** Why the plugin host refused to start; the message names the plugins or operations. */
export type PluginHostErrorCode =
  | 'PLUGIN_INVALID'
  | 'PLUGIN_DUPLICATE'
  | 'PLUGIN_MISSING_DEPENDENCY'
  | 'PLUGIN_CYCLE'
  | 'OPERATION_CLAIMED_TWICE'
  | 'OPERATION_UNKNOWN'
  | 'EVENT_REGISTERED_TWICE'
  | 'SOCKET_PATH_TAKEN'
  | 'OPENAPI_CONFLICT'
  | 'PLUGIN_LOAD_FAILED'
  | 'LLM_PROVIDER_TAKEN';

export class PluginHostError extends Error {
  readonly code: PluginHostErrorCode;

  constructor(code: PluginHostErrorCode, message: string) {
    super(message);
    this.name = 'PluginHostError';
    this.code = code;
  }
}
