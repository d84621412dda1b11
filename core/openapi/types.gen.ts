// Generated from openapi.yaml by `npm run gen` (openapi-typescript). Do not edit by hand.

export type paths = {
    "/v1/org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get the caller's organization
         * @description The organization that owns the calling key, its plan, the calling key's mode and
         *     the rate limits of the plan per endpoint class.
         */
        get: operations["getOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description The organization's keys of the caller's mode, newest first, revoked and expired
         *     ones included (with their `status`). Secrets are never shown again.
         */
        get: operations["listKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a key for the caller's organization. The secret (`key`) is in this reply
         *     only; the server keeps a SHA-256 hash and a visible prefix.
         *
         *     - `mode` defaults to the calling key's mode; a key can only create keys of its own
         *       mode (`403 mode_mismatch`).
         *     - `scopes` defaults to the calling key's scopes; a scope the calling key does not
         *       hold (directly or through `admin`) is `403 insufficient_scope` naming it.
         *     - `expires_at` in the past is `422 expires_at_in_past`; a key never outlives the
         *       calling key: without `expires_at` it expires with it, and a later one is
         *       `422 expires_after_caller`.
         */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{key_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An API key id (not the secret). */
                key_id: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes the key at once (its cached lookups are cleared): later requests with it
         *     get `401 revoked_api_key`. The key stays listed with `status: revoked`. Revoking a
         *     revoked key returns it unchanged. A key may revoke itself, and only keys whose scopes
         *     it holds (`403 insufficient_scope` otherwise).
         */
        delete: operations["revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get the organization's usage
         * @description Spend (from the campaign ledger), tokens and generations of the caller's
         *     organization in the caller's mode, in total, by campaign and by day, over the
         *     period `start`..`end` (dates, inclusive, UTC). Defaults: `start` is the first day of
         *     the current month, `end` is today. `end` before `start`, or a period of more than
         *     366 days, is `422 invalid_period`.
         *     `totals` and `by_day` count every generation of the organization (through a
         *     campaign or `POST /v1/agents/{agent_id}/content` and the WebSocket); `by_campaign`
         *     only those of campaigns, so its rows may sum to less than `totals`. Spend comes only
         *     from campaigns. With `X-Influgentic-Agent`, only campaigns and generations of that
         *     agent count.
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List and search agents
         * @description A page of the agents the caller may see: every built-in agent, every custom agent
         *     with visibility `marketplace`, and the caller's own custom agents (`private` and
         *     `public`). Retired agents are not listed.
         *
         *     Filters combine (AND). `use_case` matches its known synonyms (`review` =
         *     `product_review`, `brand_launch` = `product_launch`, `lead_gen` = `lead_magnet`).
         *     `sort` orders descending by `reach`, `engagement` (engagement_rate), `campaigns`
         *     (total_campaigns) or `rating`, ties broken by id; the default is `reach`, or
         *     relevance when `q` is given without `sort`.
         *
         *     `q` is a full-text search across name, headline, category, subcategories, persona
         *     text (bio, topics, adjectives, target audience), expertise domains and use cases:
         *     lowercase, diacritics folded (`lumiere` finds LUMIÈRE), no stemming, every word a
         *     prefix (`sustain` finds "sustainable"), all words required. It is data, never
         *     syntax: punctuation (quotes, `*`, parentheses) separates words and `NEAR` or `OR`
         *     are words like any other; a query with no letter or digit in it matches nothing.
         *     With `q` and no `sort`, agents are ordered by relevance (name matches weigh most,
         *     then headline and category, tags, persona text), paged by a cursor on (relevance,
         *     id). A cursor belongs to the sort it was made for: another sort's is a `400`
         *     naming `cursor`.
         *
         *     `meta.total` is the number of agents matching the filters. With
         *     `X-Influgentic-Agent` the list holds at most that agent.
         */
        get: operations["listAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an agent's detail view
         * @description The full detail view (capabilities, performance, pricing, persona) of an agent the
         *     caller may see: built-in agents, `marketplace` and `public` custom agents, and the
         *     caller's own. Another organization's `private` agent is a `404` (never a `403`), as
         *     is an unknown id. A retired custom agent still answers here, with `status: retired`,
         *     to the callers its visibility allows (campaigns and content that name it keep
         *     resolving), though it is no longer listed or searchable.
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agent_id}/assets": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        /**
         * List an agent's assets
         * @description The media assets of an agent the caller may see, by name. Every built-in agent has
         *     a generated `avatar.svg`.
         */
        get: operations["listAgentAssets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agent_id}/assets/{asset_name}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
                /**
                 * @description An asset file name: 1 to 128 characters, no `/`, `\`, control characters or NUL,
                 *     not starting with a dot.
                 */
                asset_name: components["parameters"]["AssetNamePath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Upload or replace an agent asset
         * @description Stores the raw request body as the named asset of one of the caller's custom
         *     agents, replacing an asset of the same name (`200`) or creating it (`201`). The
         *     asset is then served publicly at `GET /cdn/agents/{agent_id}/assets/{asset_name}`.
         *
         *     - Media types: PNG, JPEG, WebP, SVG, PDF and plain text; another `Content-Type` is
         *       `415 unsupported_media_type`. The bytes must match the declared type
         *       (`422 asset_content_mismatch`).
         *     - Size: up to the configured limit (default 5 MB, the most this route's body parser
         *       accepts): `413 payload_too_large` beyond.
         *     - Names: 1 to 128 characters, no `/`, `\`, control characters or NUL, not starting
         *       with a dot (so no path traversal); anything else is `400 validation_failed`.
         *     - A built-in agent or another organization's visible agent is
         *       `403 agent_not_owned`; an agent the caller cannot see is `404`.
         */
        put: operations["putAgentAsset"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cdn/agents/{agent_id}/assets/{asset_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
                /**
                 * @description An asset file name: 1 to 128 characters, no `/`, `\`, control characters or NUL,
                 *     not starting with a dot.
                 */
                asset_name: components["parameters"]["AssetNamePath"];
            };
            cookie?: never;
        };
        /**
         * Download an agent asset (public CDN)
         * @description Serves an asset with its stored content type, a strong `ETag`, `Cache-Control`,
         *     `X-Content-Type-Options: nosniff`, and for SVG a restrictive
         *     `Content-Security-Policy` (no scripts). `If-None-Match` with the current ETag gives
         *     `304`. No authentication: anyone with the URL can read the asset. An unknown agent
         *     or asset is a `404` problem.
         */
        get: operations["getAgentAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/builder/agents": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the organization's custom agents
         * @description The caller's organization's custom agents with their build status (retired ones included), newest first.
         */
        get: operations["listBuilderAgents"];
        put?: never;
        /**
         * Build a custom agent
         * @description Starts building a custom agent from a persona prompt and answers `202` at once with
         *     the reference's fields; training runs as a durable job in steps
         *     (`compile_persona`, `write_samples`, `evaluate`, `publish`) whose progress
         *     `GET /v1/builder/agents/{agent_id}` shows. When it ends the agent is in the registry
         *     with its visibility and status `available` (build status `ready`), or the build is
         *     `failed` with the reasons; either way `agent.build_complete` is emitted.
         *
         *     - `name` is unique per organization: a duplicate is `409 agent_name_taken`.
         *     - `persona_prompt` must be 40 to 8,000 characters; `languages` ISO 639-1 codes;
         *       `expertise_domains` not empty (all `400`, naming the field).
         *     - Use cases are open snake_case slugs (`product_review`, `brand_launch`, ...).
         *     - `estimated_ready_at` reflects the configured LLM provider: seconds with the
         *       offline builtin generator, typically 2 to 5 minutes with a real model.
         *     - A language the generator has no phrasing for is accepted with a warning.
         */
        post: operations["createBuilderAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/builder/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a custom agent's build
         * @description The build of one of the caller's custom agents: its inputs, `status`, `progress`,
         *     current `step`, per-step log and scores, and the `error` of a failed build. Built-in
         *     agents and other organizations' agents are `404`.
         */
        get: operations["getBuilderAgent"];
        put?: never;
        post?: never;
        /**
         * Retire a custom agent
         * @description Retires the agent: it leaves the registry's lists and search, and new campaigns and
         *     direct generation with it are `409 agent_retired`, while existing campaigns keep
         *     their records and run (and generate) to their end. `GET /v1/agents/{agent_id}` still
         *     answers with `status: retired`. A training in progress is stopped. Returns the build
         *     with status `retired`; retiring a retired agent returns it unchanged.
         */
        delete: operations["deleteBuilderAgent"];
        options?: never;
        head?: never;
        /**
         * Update a custom agent and retrain it
         * @description Updates the agent's fields. A change to any persona field (`name`, `category`,
         *     `persona_prompt`, `expertise_domains`, `target_audience`, `languages`, `use_cases`)
         *     starts a new version's training (`202`, status `training`, `version` incremented)
         *     while the previous version keeps serving in the registry until the new one is
         *     ready; a failed build is retrained the same way. A change while a version is still
         *     training stops that build and starts the next version from the merged fields. A
         *     change of `visibility` alone applies at once (`200`), as does a body whose fields
         *     all hold their current values (nothing changes). A retired agent is
         *     `409 agent_retired`; a `name` another of the organization's agents has is
         *     `409 agent_name_taken`.
         */
        patch: operations["updateBuilderAgent"];
        trace?: never;
    };
    "/v1/agents/{agent_id}/content": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate content through an agent
         * @description Generates one piece of marketing content in the agent's voice through the
         *     configured LLM provider (test keys use the sandbox provider, by default the offline
         *     `builtin` generator). Every generation is stored and emits
         *     `agent.content_generated`.
         *
         *     **Formats.** The content type is the angle, the format the structure. Each type's
         *     primary formats: product_review: post, video_script, article; product_launch:
         *     post, thread, press_release; testimonial: quote, video_script, review; lead_magnet:
         *     post, landing_copy, email; trivia: question, quiz, thread; collab_content: post,
         *     joint_announcement. Any known format works with any type, with a warning outside
         *     this table. Channel formats (`social_post`, `instagram_caption`, `tweet`,
         *     `linkedin_post`, `tiktok_script`, `youtube_description`) map onto the type's short
         *     form (`post`; `quote` for testimonial; `question` for trivia; `tiktok_script` onto
         *     `video_script`) and keep to the channel's length limit, disclosures included (a
         *     `tweet` fits 280 characters). An unknown format is `400` listing the allowed ones.
         *
         *     **Compliance.** `compliance_mode` `standard` (default) puts the disclosures an AI
         *     influencer's sponsored post needs into the text (`#ad` or the language's equivalent,
         *     and an AI-generated label) and lists them in `disclosures`; `strict` also refuses a
         *     `testimonial` without `source_quote` (`422 testimonial_needs_source`: invented
         *     testimonials are fake reviews) and flags sentences with superlatives or
         *     health/financial claims not among the given claims; `off` adds nothing and says so
         *     in `compliance`. Claims are limited to `key_claims`/`key_features`.
         *
         *     **Errors.** An unknown agent or one the organization may not use is `404`; a
         *     retired custom agent is `409 agent_retired`; a malformed language is `400`;
         *     provider failures before the reply starts are `503 llm_unavailable`,
         *     `504 llm_timeout`, `502 llm_model_not_found` or `502 llm_bad_response`.
         *
         *     **`stream: false`** (default): `201` with the content object.
         *
         *     **`stream: true`**: `200 text/event-stream`, flushed per chunk, one JSON object per
         *     `data:` line (the `StreamEvent` schemas), in exactly this order:
         *
         *     ```text
         *     data: {"type":"agent_start","agent":"VELO","session_id":"sess_abc"}
         *
         *     data: {"type":"content_chunk","text":"The future of driving"}
         *
         *     data: {"type":"content_chunk","text":" is here. Introducing..."}
         *
         *     data: {"type":"content_complete","tokens":847,"latency_ms":142,"content_id":"cnt_abc"}
         *
         *     data: [DONE]
         *     ```
         *
         *     One `agent_start`, any number of `content_chunk`s, then `content_complete` — or, if
         *     the provider fails mid-stream or the server shuts down, an `error` event
         *     (`{"type":"error","code":"llm_timeout","message":"..."}`) in its place — and always
         *     `data: [DONE]` last. A comment line (`: ping`) is sent every 15 seconds. A client
         *     that disconnects aborts the provider call; what was generated is stored with
         *     `finish_reason: "client_closed"`. Problems found before the stream opens (validation,
         *     unknown agent, compliance, provider unreachable) are ordinary problem responses.
         *     Streaming requests do not take `Idempotency-Key` (`400
         *     idempotency_key_not_supported`).
         */
        post: operations["createContent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/content": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List generated content
         * @description The organization's generated content of the caller's mode, newest first.
         */
        get: operations["listContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/content/{content_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A content id. */
                content_id: components["parameters"]["ContentIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a piece of generated content
         * @description One piece of the organization's content of the caller's mode; otherwise `404`.
         */
        get: operations["getContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stream/tickets": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a WebSocket ticket
         * @description Browsers cannot set an `Authorization` header on a WebSocket, so a server-side
         *     holder of a key asks for a ticket and hands it to the browser, which opens
         *     `GET /v1/stream?ticket=...`. A ticket is single use, expires 60 seconds after it is
         *     issued, and carries the issuing key's organization, mode, scopes and
         *     `X-Influgentic-Agent` narrowing. No request body. A ticket is not replayable, so
         *     this operation takes no `Idempotency-Key`.
         */
        post: operations["createStreamTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stream": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Open the WebSocket stream
         * @description A WebSocket (`Upgrade: websocket`) for generation and live domain events.
         *     Authenticated by the Bearer key of the upgrade request or by `?ticket=` from
         *     `POST /v1/stream/tickets` (single use, 60 s). The upgrade completes before the
         *     credentials are checked: a missing, bad, used or expired ticket or key, or a missing
         *     scope, gets one `error` message (`missing_api_key`, `unknown_api_key`,
         *     `invalid_stream_ticket`, `insufficient_scope`, ...) and a close with code 1008. A
         *     request without `Upgrade: websocket` is `426`.
         *
         *     Every message is one JSON text frame. **Client to server** (`WsClientMessage`):
         *
         *     - `{"type":"generate","request_id":"r1","agent_id":"agent_velo_automotive",
         *       "content_type":"product_launch","product":{...},"format":"post","language":"en"}`
         *       — the content body (without `stream`) plus a client-chosen `request_id`; needs
         *       `content:write`. Several may run in parallel on one socket (each `request_id` once
         *       at a time: `request_id_in_use` otherwise).
         *     - `{"type":"subscribe","events":["campaign.started","lead.captured"]}` — streams the
         *       organization's domain events of the key's mode live, from whichever process
         *       wrote them; names as for webhooks, `*` for all; needs `webhooks:read`, and also
         *       `leads:read` when the events include `lead.captured` or `*` (personal data). An
         *       unknown name or a missing scope gets an `error` message (`unknown_event`,
         *       `insufficient_scope`) and changes nothing. Repeated subscribes add to the set.
         *     - `{"type":"cancel","request_id":"r1"}` — aborts that generation; it ends with an
         *       `error` message `generation_cancelled` and is stored with
         *       `finish_reason: "cancelled"`. A `request_id` with nothing running gets
         *       `unknown_request`.
         *
         *     **Server to client** (`WsServerMessage`), generation messages tagged with the
         *     client's `request_id` and the generation's `session_id`:
         *
         *     - `agent_start`, `content_chunk`, `content_complete`, `error` — the same events as
         *       the SSE stream (no `[DONE]`: a generation ends with `content_complete` or `error`);
         *     - `subscribed` `{ "events": [...] }` — the socket's subscription after a subscribe;
         *     - `event` `{ "id", "event", "timestamp", "data" }` — one domain event, `data` being
         *       the resource as the API returns it (as in webhook payloads).
         *
         *     A malformed or unknown message gets an `error` message `invalid_message` naming the
         *     field (`request_id` when it had one, else null), never a dropped socket; a generation
         *     refused by the service gets its problem's code (`agent_not_found`,
         *     `testimonial_needs_source`, ...). A socket sending more messages than
         *     `content.ws_messages_per_second` (counted over 10 s) gets an `error` message
         *     `rate_limited` and is closed with code 1008 (policy violation); on shutdown the server sends
         *     an `error` message `shutting_down` and closes with 1001 (going away).
         */
        get: operations["openStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List campaigns
         * @description The organization's campaigns of the caller's mode with status and performance summary, newest first.
         */
        get: operations["listCampaigns"];
        put?: never;
        /**
         * Create a campaign
         * @description Deploys an agent for a marketing objective. Without `starts_at`, or with one that
         *     has passed, the campaign starts at once (`status: active`, `campaign.started`
         *     emitted); a future `starts_at` gives `scheduled`. It ends `duration_days` after it
         *     starts (`ends_at`).
         *
         *     - `type` is a content type or a use-case synonym (`review`, `brand_launch`,
         *       `lead_gen`) and picks the campaign's `content_type`.
         *     - `config` fields left out take defaults: `tone` the agent's first tone mode,
         *       `languages` the agent's first language, `output_formats` the type's first primary
         *       format, `compliance_mode` `standard`, `duration_days` 30.
         *     - A language, type or format the agent does not list is accepted with a warning
         *       (the reference's own example runs VELO in Hindi and asks a launch for a video
         *       script); an unknown format or malformed language is `400`.
         *     - An unknown agent or one the organization may not use is `404`; a retired custom
         *       agent is `409 agent_retired`.
         *
         *     **Money.** The agent's `per_campaign` base rate is the price of the whole campaign,
         *     accrued evenly per day over `duration_days` while active; generation costs per
         *     1,000 tokens come from configuration. Charges never take `spent_usd` past
         *     `budget_usd`; when spend reaches the budget the campaign is `paused_budget`.
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a campaign
         * @description One of the organization's campaigns of the caller's mode; another organization's or mode's is `404`.
         */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a campaign
         * @description Changes `name`, `budget_usd` or `config` fields (each given config field replaces
         *     the old one; a new `duration_days` moves `ends_at`) while the campaign has not ended
         *     (`scheduled`, `active`, `paused_budget`); a `completed` or `cancelled` campaign is
         *     `409 campaign_invalid_state`. A budget below `spent_usd` is `422
         *     budget_below_spent`. Raising the budget of a `paused_budget` campaign makes it
         *     `active` again.
         */
        patch: operations["updateCampaign"];
        trace?: never;
    };
    "/v1/campaigns/{campaign_id}/cancel": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a campaign
         * @description Cancels a `scheduled`, `active` or `paused_budget` campaign: billing stops at this
         *     instant (the partial day is charged pro rata, nothing after), every record and all
         *     analytics are kept, and `campaign.cancelled` is emitted. Cancelling a cancelled
         *     campaign returns it unchanged; a `completed` one is `409 campaign_invalid_state`.
         *     No request body.
         */
        post: operations["cancelCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{campaign_id}/stream": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stream the campaign's next piece of content
         * @description Generates the campaign's next piece of content with the campaign's agent, product
         *     and config (format and language from the body, else the campaign's first ones),
         *     streamed as Server-Sent Events exactly as `POST /v1/agents/{agent_id}/content` with
         *     `stream: true` does (`agent_start`, `content_chunk`..., `content_complete` or
         *     `error`, then `data: [DONE]`). The content is stored with the campaign's id and its
         *     token cost is charged to the campaign's ledger.
         *
         *     Only while the campaign is `active`: otherwise `409 campaign_invalid_state` naming
         *     the status. A generation that would start with no budget left is
         *     `402 budget_exhausted` and the campaign moves to `paused_budget`; a campaign already
         *     `paused_budget` answers the same `402` until `budget_usd` is raised. Streaming
         *     requests do not take `Idempotency-Key` (`400 idempotency_key_not_supported`).
         */
        post: operations["streamCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{campaign_id}/rating": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate the agent of an ended campaign
         * @description Rates the campaign's agent from 1 to 5, once per campaign, after the campaign has
         *     ended (`completed` or `cancelled`; before: `409 campaign_invalid_state`; a second
         *     rating: `409 campaign_already_rated`). Live-mode ratings feed the agent's `rating`.
         */
        post: operations["rateCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest analytics events
         * @description Records up to 1,000 measured events (the `AnalyticsEventInput` shape) for the
         *     organization's campaigns of the caller's mode. The batch is checked as a whole
         *     only for its envelope (`events` is an array of 1 to 1,000 objects); each event is
         *     validated on its own, so one bad event never rejects its neighbours: it is listed in
         *     `rejected` with its index and a reason.
         *
         *     - `count` (default 1) lets channels report impressions in bulk; `value_usd` on a
         *       conversion is the value of each one counted.
         *     - An `event_id` seen before in the organization is a duplicate: counted in
         *       `duplicates` and ignored, so a batch may be retried safely.
         *     - Rejection codes: `invalid_event` (a field is missing or malformed; the message
         *       names it), `campaign_not_found` (unknown, another organization's or the other
         *       mode's campaign), `content_not_found`, `occurred_at_in_future` (more than 5
         *       minutes ahead), `occurred_at_too_old` (older than the raw-event retention window).
         */
        post: operations["ingestEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/campaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a campaign's analytics report
         * @description The campaign's measured analytics over `start`..`end` (dates, inclusive, UTC;
         *     default: the campaign's life so far), in the reference's shape plus
         *     `breakdown_by_channel` and a daily `timeseries`. Computed from events received
         *     (never invented), read from hourly rollups. `end` before `start` is
         *     `422 invalid_period`. Definitions are in the `AnalyticsSummary` schema.
         */
        get: operations["getCampaignAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an agent's analytics report
         * @description The same report over the caller's organization's campaigns (of the caller's mode)
         *     with this agent, over `start`..`end` (dates, inclusive, UTC; default: the last 30
         *     days), plus a breakdown by campaign. Never includes another organization's rows. An
         *     agent the caller cannot see is `404`; a visible agent with no campaigns gives
         *     zeros.
         */
        get: operations["getAgentAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{campaign_id}/links": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a tracking link
         * @description A short link for the campaign: `short_url` (`{public_base_url}/t/{code}`) records a
         *     `click` event (with the link's channel, language and content) and redirects to
         *     `url`. Only `http` and `https` targets.
         */
        post: operations["createTrackingLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/t/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A tracking link's code. Not pattern-checked, so that any unknown code, whatever its form, is a `404` problem. */
                code: components["parameters"]["LinkCodePath"];
            };
            cookie?: never;
        };
        /**
         * Follow a tracking link (public)
         * @description Records a click on the link (a coarse user-agent class and the referrer's host; no
         *     IP address is stored) and redirects with `302` to the link's `url`. An unknown code
         *     is a `404` problem, never a redirect. No authentication.
         */
        get: operations["trackLinkClick"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{campaign_id}/leads": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        /**
         * List a campaign's leads
         * @description The campaign's leads, newest first, as JSON pages; or, with `Accept: text/csv`, as
         *     one CSV document of every lead (`limit` and `cursor` do not apply) with the header
         *     row `id,campaign_id,email,name,consent,language,channel,content_id,created_at,attributes`
         *     (`attributes` as JSON).
         */
        get: operations["listLeads"];
        put?: never;
        /**
         * Capture a lead
         * @description Stores a lead for the campaign, counts one `lead` event (with the given language,
         *     channel and content, for the breakdowns) and emits `lead.captured` (payload: the
         *     lead). Leads are personal data: they are listed only with `leads:read` and can be
         *     erased.
         */
        post: operations["createLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{campaign_id}/leads/{lead_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
                /** @description A lead id. */
                lead_id: components["parameters"]["LeadIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase a lead
         * @description Erases the lead's personal data for good. Its `lead` event still counts in the
         *     campaign's analytics, anonymously.
         */
        delete: operations["deleteLead"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description The organization's endpoints of the caller's mode, newest first (secrets never shown).
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Subscribes a URL to events of the caller's organization and mode. Deliveries are
         *     signed per the Standard Webhooks specification (see the `webhooks` section of this
         *     document for payloads and headers).
         *
         *     - `events`: names from the event registry (`EventName` lists the built-in ones;
         *       plugins may register more) or `*` for all. Any other name is
         *       `422 unknown_event`, the problem's `allowed` listing the valid names.
         *       `lead.captured` carries personal data, so events naming it (or `*`) also need the
         *       `leads:read` scope (`403 insufficient_scope`), as listing leads does.
         *     - `secret` (optional, printable ASCII, 16 to 128 characters): when absent one is
         *       generated (`whsec_` + base64 of 32 random bytes). It is stored encrypted and shown
         *       in this reply only. The HMAC key is the base64-decoded part after `whsec_` for
         *       such secrets, and the UTF-8 bytes of the secret for any other form (such as the
         *       reference's `igsec_...`).
         *     - `url`: `https`, or `http`, to a public address. Loopback, private, link-local,
         *       multicast and metadata addresses (IPv4 and IPv6, mapped forms included) and the
         *       names `localhost` / `*.localhost` are `422 unsafe_webhook_url` (with `address` and
         *       `reason` members) unless the server allows private targets
         *       (`webhooks.allow_private_targets`). Other host names are resolved at each delivery
         *       and every address they resolve to is checked; the connection goes to the very
         *       address checked, and an unsafe one is a failed attempt (`unsafe_address: ...`).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A webhook endpoint id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description One of the organization's endpoints of the caller's mode (secret not shown).
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes the endpoint; pending deliveries to it are dropped and its delivery log goes with it.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Changes `url`, `events` or `enabled` (same rules as on creation, including
         *     `leads:read` for `lead.captured` or `*`). Enabling a
         *     disabled endpoint clears `disabled_reason`; deliveries that were not attempted while
         *     it was disabled are not replayed (use redelivery).
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A webhook endpoint id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook endpoint's secret
         * @description Generates a new secret (`whsec_...`), shown in this reply only. Until
         *     `previous_secret_expires_at` (24 hours) every delivery is signed with both the old
         *     and the new secret (two space-separated signatures in `webhook-signature`), so
         *     receivers can switch without losing a delivery. No request body.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/test": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A webhook endpoint id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Queues a `webhook.test` event to this endpoint alone (whatever its `events`, even
         *     when disabled) and answers `202` with the delivery, whose log then shows the
         *     attempt. No request body.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A webhook endpoint id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        /**
         * List an endpoint's deliveries
         * @description The endpoint's delivery log, newest first, with every attempt.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A webhook endpoint id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
                /** @description A webhook delivery id. */
                delivery_id: components["parameters"]["DeliveryIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver a delivery
         * @description Queues a new attempt of a finished delivery (`succeeded` or `failed`) with the same
         *     payload and the same `webhook-id`, signed afresh; the delivery goes back to
         *     `pending` and its attempts continue in the same log. A delivery still `pending` is
         *     `409 delivery_in_progress`. No request body.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description `200 {"status":"ok"}` while the process serves requests; `503 shutting_down` once it is shutting down.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description `200` when the database is reachable and every plugin's migrations are current;
         *     otherwise `503 not_ready`, a problem whose `checks` extension member lists each
         *     check (as in the `200` reply). Load balancers should route on this.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Prometheus text exposition format (`text/plain; version=0.0.4`): request counts and
         *     latency histograms per operationId and status, plus process metrics.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This contract
         * @description The OpenAPI document the server validates against, with loaded plugins' fragments merged in.
         */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API reference page
         * @description An API reference page built from this contract; its assets are served locally (no network needed).
         */
        get: operations["getDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Error code reference page
         * @description Every problem `code` the running server (with its plugins) can answer with, its
         *     status and title; each problem's `type` links to its row
         *     (`{public_base_url}/docs/errors#{code}`).
         */
        get: operations["getErrorDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = {
    "campaign.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * campaign.started
         * @description A campaign started (at creation without a future `starts_at`, or when its
         *     `starts_at` came). `data` is the campaign. Emitted by the campaigns plugin.
         *
         *     Every delivery is a POST of `{ type, timestamp, data }` with the Standard Webhooks
         *     headers; see `webhook-signature` for verification. Only `2xx` is success; `410`
         *     disables the endpoint at once; `429`/`503` with `Retry-After` are retried then;
         *     anything else (or no answer within 10 s) is retried with backoff (5 s, 5 min,
         *     30 min, 2 h, 5 h, 10 h, 10 h, each +-20 %; `webhooks.retry_schedule_ms` and
         *     `webhooks.retry_jitter` change it), a `Retry-After` being capped at 24 hours. An
         *     endpoint whose every delivery failed for 5 days is disabled. Delivery is at least
         *     once: deduplicate on `webhook-id`.
         */
        post: operations["campaignStartedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "campaign.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * campaign.completed
         * @description A campaign reached its `ends_at` (also from `paused_budget`). `data` is the campaign. Delivery rules as for `campaign.started`.
         */
        post: operations["campaignCompletedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "campaign.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * campaign.cancelled
         * @description A campaign was cancelled. `data` is the campaign. Delivery rules as for `campaign.started`.
         */
        post: operations["campaignCancelledWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "agent.content_generated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * agent.content_generated
         * @description A piece of content was generated (JSON, SSE, WebSocket or campaign stream). `data` is the content object. Emitted by the content plugin.
         */
        post: operations["contentGeneratedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "analytics.milestone_reached": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * analytics.milestone_reached
         * @description A campaign crossed a milestone (impressions 1k/10k/100k/1M, leads 10/100/1,000, first
         *     conversion); emitted once per milestone per campaign. `data` is the milestone.
         *     Emitted by the analytics plugin.
         */
        post: operations["milestoneReachedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead.captured": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * lead.captured
         * @description A lead was captured for a campaign. `data` is the lead (personal data). Emitted by the analytics plugin.
         */
        post: operations["leadCapturedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "agent.build_complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * agent.build_complete
         * @description A custom agent's build ended, `ready` or `failed` (see `data.status` and `data.error`). `data` is the build. Emitted by the builder plugin.
         */
        post: operations["buildCompleteWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook.test
         * @description Sent by `POST /v1/webhooks/{webhook_id}/test` to that endpoint only. Emitted by the webhooks plugin.
         */
        post: operations["testEventWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type components = {
    schemas: {
        /**
         * @description An error (RFC 9457 problem details, plus the reference's `code` and `message` and
         *     the `request_id`). Extension members may appear (`allowed`, `checks`, ...).
         *
         *     Stable codes (`<AREA>_<REASON>` in code, this snake_case form on the wire):
         *
         *     | code | status | when |
         *     |---|---|---|
         *     | `validation_failed` | 400 | The request breaks the schema; every invalid field is in `errors`. |
         *     | `malformed_json` | 400 | The body is not valid JSON. |
         *     | `malformed_request` | 400 | The request is not valid HTTP (answered before routing). |
         *     | `request_refused` | 4xx | Another client error; the status says which (e.g. `403` for a hidden file). |
         *     | `idempotency_key_not_supported` | 400 | `Idempotency-Key` on a streaming request. |
         *     | `missing_api_key` | 401 | No `Authorization: Bearer` header. |
         *     | `malformed_api_key` | 401 | The key is not `ig_live_...` or `ig_test_...`. |
         *     | `unknown_api_key` | 401 | No such key. |
         *     | `revoked_api_key` | 401 | The key was revoked. |
         *     | `expired_api_key` | 401 | The key is past its `expires_at`. |
         *     | `invalid_stream_ticket` | 401 | The WebSocket ticket is unknown, used or expired. |
         *     | `budget_exhausted` | 402 | The campaign has no budget left (now `paused_budget`). |
         *     | `insufficient_scope` | 403 | The key lacks the operation's scope (named). |
         *     | `org_mismatch` | 403 | `X-Influgentic-Org` names another organization. |
         *     | `mode_mismatch` | 403 | A key tried to create a key of the other mode. |
         *     | `agent_not_owned` | 403 | Changing an agent the organization can see but does not own. |
         *     | `not_found` | 404 | No such route. |
         *     | `agent_not_found`, `campaign_not_found`, `content_not_found`, `key_not_found`, `webhook_not_found`, `delivery_not_found`, `lead_not_found`, `link_not_found`, `asset_not_found` | 404 | No such resource for this caller. |
         *     | `method_not_allowed` | 405 | The path exists but not with this method (`Allow` lists them). |
         *     | `not_acceptable` | 406 | No `Accept`ed media type can be produced. |
         *     | `campaign_invalid_state` | 409 | The campaign's status forbids the action (named). |
         *     | `campaign_already_rated` | 409 | The campaign was rated before. |
         *     | `agent_name_taken` | 409 | Another of the organization's custom agents has this name. |
         *     | `agent_retired` | 409 | The custom agent is retired: it cannot be changed, start campaigns or generate outside its existing campaigns. |
         *     | `agent_id_taken` | 409 | A custom agent is published under an id another agent has. |
         *     | `agent_version_conflict` | 409 | A new version of a custom agent is not newer than the one serving. |
         *     | `delivery_in_progress` | 409 | The delivery is still pending. |
         *     | `idempotency_key_in_flight` | 409 | The first request with this `Idempotency-Key` is still running. |
         *     | `payload_too_large` | 413 | The body exceeds the route's limit. |
         *     | `unsupported_media_type` | 415 | The body's `Content-Type` is not accepted here. |
         *     | `range_not_satisfiable` | 416 | The requested byte range is outside the file. |
         *     | `idempotency_key_reused` | 422 | The `Idempotency-Key` was used with a different body. |
         *     | `testimonial_needs_source` | 422 | `strict` compliance refuses a testimonial without `source_quote`. |
         *     | `unknown_event` | 422 | An event name is not registered (`allowed` lists them). |
         *     | `unsafe_webhook_url` | 422 | The webhook URL points at a private, loopback or metadata address. |
         *     | `budget_below_spent` | 422 | A new budget is below what was already spent. |
         *     | `invalid_period` | 422 | `end` is before `start`. |
         *     | `expires_at_in_past` | 422 | A key's `expires_at` has passed. |
         *     | `expires_after_caller` | 422 | A new key would expire after the key that creates it. |
         *     | `asset_content_mismatch` | 422 | An asset's bytes do not match its `Content-Type`. |
         *     | `agent_invalid` | 422 | A custom agent's published fields are not valid (named in `errors`). |
         *     | `upgrade_required` | 426 | `GET /v1/stream` without a WebSocket upgrade. |
         *     | `rate_limited` | 429 | Over the key's limit for the endpoint class (`Retry-After`; members `limit`, `window_seconds`, `retry_after`). |
         *     | `headers_too_large` | 431 | The request line or headers are too large (answered before routing). |
         *     | `internal_error` | 500 | A fault on the server's side. |
         *     | `not_implemented` | 501 | The operation is in the contract but no loaded plugin implements it. |
         *     | `llm_model_not_found` | 502 | The configured model does not exist at the provider. |
         *     | `llm_bad_response` | 502 | The provider answered with something malformed. |
         *     | `llm_unavailable` | 503 | The provider cannot be reached. |
         *     | `shutting_down` | 503 | The server is shutting down (`Retry-After`). |
         *     | `not_ready` | 503 | The database or migrations are not ready (`checks`). |
         *     | `service_unavailable` | 503 | The database cannot be reached right now (`Retry-After`). |
         *     | `llm_timeout` | 504 | The provider did not answer in time. |
         *
         *     Stream `error` events (SSE and WebSocket) use the same codes, plus
         *     `generation_cancelled` (WebSocket `cancel`). Plugins may add codes;
         *     `GET /docs/errors` lists every code of the running server.
         */
        Problem: {
            /**
             * Format: uri-reference
             * @description Identifies the problem type; `{public_base_url}/docs/errors#{code}`.
             */
            type: string;
            /** @description A short summary of the problem type (the same for every occurrence of a code). */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong in this occurrence, for humans. */
            detail: string;
            /**
             * Format: uri-reference
             * @description The request path this occurrence answers.
             */
            instance: string;
            /** @description The stable, machine-readable error code (see the table above). */
            code: string;
            /** @description A message a client can act on (the reference's name for `detail`; the same text). */
            message: string;
            /** @description The request's id, as in the `X-Request-ID` response header. */
            request_id: string;
            /** @description Every invalid field, for `validation_failed` and for business rules tied to fields. */
            errors?: components["schemas"]["FieldError"][];
            /** @description Extension member; the valid values where the schema cannot list them (event names, formats). */
            allowed?: string[];
        };
        /** @description One invalid field of a request. */
        FieldError: {
            /**
             * @description Where: a dotted path into the body with array indices in brackets
             *     (`product.name`, `config.languages[1]`, `events[3].occurred_at`), or a parameter
             *     or header name (`limit`, `Idempotency-Key`).
             * @example config.languages[1]
             */
            field: string;
            /**
             * @description What is wrong: the failed schema keyword in snake_case (`required`, `type`,
             *     `enum`, `pattern`, `format`, `minimum`, `maximum`, `min_length`, `max_length`,
             *     `min_items`, `max_items`, `unique_items`, `unknown_field` for a property the
             *     schema does not allow) or a business rule's own code.
             */
            code: string;
            /** @description What a client should change. */
            message: string;
        };
        /**
         * @description Advice on an accepted request: something was adjusted or lies outside what the
         *     agent lists. Known codes: `agent_language_unlisted` (the agent does not list the
         *     language), `language_fallback` (the generator has no phrasing for the language and
         *     wrote English), `format_outside_type` (not a primary format of the content type),
         *     `agent_use_case_unlisted` (the agent does not list the campaign's type or use case),
         *     `agent_tone_unlisted` (the tone is not one of the agent's tone modes). A channel
         *     format written as the type's short form is no warning (`format` and `channel` say
         *     so). Plugins may add codes.
         */
        Warning: {
            code: string;
            message: string;
        };
        /** @description Advice on the accepted request; empty when there is none. */
        Warnings: components["schemas"]["Warning"][];
        ListMeta: {
            /** @description The number of items matching the filters, over every page. */
            total: number;
            /** @description The page size used. */
            limit: number;
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        Deleted: {
            /** @description The id of the deleted or erased resource. */
            id: string;
            /** @constant */
            deleted: true;
        };
        /** @description A period of whole UTC days, both ends inclusive. */
        Period: {
            /** Format: date */
            start: string;
            /** Format: date */
            end: string;
        };
        /**
         * @description An ISO 639-1 language code (two lowercase letters).
         * @example en
         */
        LanguageCode: string;
        /**
         * @description A snake_case slug (categories, use cases, tones, channels).
         * @example fashion_lifestyle
         */
        Slug: string;
        /** @description An amount in US dollars (at most 6 decimals; stored as integer micro-dollars). */
        Money: number;
        /**
         * @description An organization's plan; its numbers (rate limits, ...) are in the server's configuration.
         * @enum {string}
         */
        Plan: "starter" | "growth" | "enterprise";
        /**
         * @description `live` (`ig_live_` keys) or `test` (`ig_test_` keys, the sandbox). Data of one mode is invisible to the other.
         * @enum {string}
         */
        Mode: "live" | "test";
        /**
         * @description A permission of an API key; `admin` grants every scope. Each operation's `x-scope` names the one it needs.
         * @enum {string}
         */
        Scope: "org:read" | "keys:read" | "keys:write" | "agents:read" | "agents:write" | "builder:read" | "builder:write" | "content:read" | "content:write" | "campaigns:read" | "campaigns:write" | "analytics:read" | "events:write" | "leads:read" | "leads:write" | "webhooks:read" | "webhooks:write" | "usage:read" | "admin";
        /** @example org_default */
        OrgId: string;
        KeyId: string;
        /**
         * @description Built-in agents keep readable slugs (`agent_velo_automotive`); custom agents are `agent_<slug>_<random>`, lowercase.
         * @example agent_velo_automotive
         */
        AgentId: string;
        /** @example camp_abc123 */
        CampaignId: string;
        ContentId: string;
        EventId: string;
        WebhookId: string;
        DeliveryId: string;
        LeadId: string;
        LinkId: string;
        /** @example sess_abc */
        SessionId: string;
        /**
         * @description A file name without `/`, `\`, control characters or NUL, not starting with a dot.
         * @example avatar.svg
         */
        AssetName: string;
        Health: {
            /** @constant */
            status: "ok";
        };
        Readiness: {
            /** @constant */
            status: "ready";
            checks: components["schemas"]["ReadinessCheck"][];
        };
        ReadinessCheck: {
            /** @description What was checked: `database`, `migrations`, ... */
            name: string;
            ok: boolean;
            /** @description Why a failing check fails. */
            detail?: string;
        };
        Org: {
            id: components["schemas"]["OrgId"];
            name: string;
            plan: components["schemas"]["Plan"];
            /** @description The calling key's mode. */
            mode: components["schemas"]["Mode"];
            rate_limits: components["schemas"]["RateLimits"];
            /** Format: date-time */
            created_at: string;
        };
        /** @description The plan's limits per key and endpoint class, per rolling window (test keys are not limited). */
        RateLimits: {
            /** @constant */
            window_seconds: 60;
            /** @description Requests per window for `read` operations. */
            read: number;
            /** @description Requests per window for `write` operations. */
            write: number;
            /** @description Requests per window for `generate` operations. */
            generate: number;
            /** @description Requests per window for `events` operations. */
            events: number;
        };
        CreateKeyRequest: {
            /** @description A label for people. */
            name: string;
            /** @description Defaults to the calling key's mode; only that mode is allowed. */
            mode?: components["schemas"]["Mode"];
            /** @description Defaults to the calling key's scopes; only scopes the calling key holds. */
            scopes?: components["schemas"]["Scope"][];
            /**
             * Format: date-time
             * @description When the key stops working; never when absent.
             */
            expires_at?: string;
        };
        ApiKey: {
            id: components["schemas"]["KeyId"];
            name: string;
            mode: components["schemas"]["Mode"];
            /** @description The key's visible beginning, to recognise it (the rest is never shown again). */
            prefix: string;
            scopes: components["schemas"]["Scope"][];
            /** @enum {string} */
            status: "active" | "revoked" | "expired";
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string | null;
            /** Format: date-time */
            last_used_at: string | null;
            /** Format: date-time */
            revoked_at: string | null;
        };
        ApiKeyWithSecret: components["schemas"]["ApiKey"] & {
            /** @description The secret key, shown in this reply only. At least 128 bits of randomness. */
            key: string;
        };
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            meta: components["schemas"]["ListMeta"];
        };
        /** @description Spend is the campaign ledger's sum; tokens and generations count stored generations. */
        Usage: {
            period: components["schemas"]["Period"];
            mode: components["schemas"]["Mode"];
            totals: components["schemas"]["UsageTotals"];
            /** @description One row per campaign with spend, tokens or generations in the period. */
            by_campaign: ({
                campaign_id: components["schemas"]["CampaignId"];
                name: string;
            } & components["schemas"]["UsageTotals"])[];
            /** @description One row per day of the period (UTC), zeros included. */
            by_day: ({
                /** Format: date */
                date: string;
            } & components["schemas"]["UsageTotals"])[];
        };
        UsageTotals: {
            spent_usd: components["schemas"]["Money"];
            /** @description Prompt plus completion tokens. */
            tokens: number;
            generations: number;
        };
        /**
         * @description An agent as listed. Metrics are honest: each is the catalog's declared baseline
         *     (built-in agents; zero for custom agents) plus what the platform measured in live
         *     mode, added as counts, with rates recomputed from the sums (never averaged). The
         *     measured part comes from the plugins that measure it (campaigns, analytics); with
         *     none loaded, the baseline alone shows. Lists sort by figures stored with each agent
         *     and refreshed from the measurements every minute; the detail view computes them
         *     from the measurements at the time of the request.
         */
        Agent: {
            id: components["schemas"]["AgentId"];
            /** @description Display name, e.g. `VELO`, `LUMIÈRE`. */
            name: string;
            /** @description One line on who the agent is (for custom agents, compiled by the builder from the persona prompt). */
            headline: string;
            category: components["schemas"]["Slug"];
            /** @description Free-form subcategories (`EV`, `luxury`, `safety`). */
            subcategories: string[];
            /** @description Open snake_case slugs; known synonyms (`review` = `product_review`, `brand_launch` = `product_launch`, `lead_gen` = `lead_magnet`) match each other. */
            use_cases: components["schemas"]["Slug"][];
            /** @description The languages the agent lists (generation in others is accepted with a warning). */
            languages: components["schemas"]["LanguageCode"][];
            /** @description Impressions over the last 30 days (baseline plus measured live impressions). */
            reach: number;
            /** @description Engagements / impressions over all time (baseline plus measured counts), 4 decimals. */
            engagement_rate: number;
            /** @description Campaigns run with this agent (baseline plus live campaigns on this server). */
            total_campaigns: number;
            /** @description Mean campaign rating, 1 to 5 (baseline ratings plus live ratings, weighted by count); `null` with no rating yet. */
            rating: number | null;
            /**
             * @description Catalog tier; agents made with the builder are `custom`.
             * @enum {string}
             */
            tier: "flagship" | "premium" | "standard" | "custom";
            /**
             * @description `available` agents can be deployed and generate; a `retired` custom agent is gone from lists and search, cannot start campaigns or generate outside them (`409 agent_retired`), but still answers by id and serves its existing campaigns.
             * @enum {string}
             */
            status: "available" | "unavailable" | "retired";
            /**
             * @description Built-in agents are `marketplace`. Custom agents: `private` (only their
             *     organization), `public` (listed for their organization, readable by id by any),
             *     `marketplace` (listed for every organization).
             * @enum {string}
             */
            visibility: "private" | "public" | "marketplace";
            /** @description `true` for agents made with the builder, `false` for the built-in catalog. */
            custom: boolean;
            /** @description `true` when the calling organization built this agent. */
            owned: boolean;
            /**
             * Format: uri
             * @description Public URL of the avatar asset (`/cdn/agents/{agent_id}/assets/avatar.svg` for built-ins).
             */
            avatar_url?: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /** @description The detail view of an agent (the reference's fields plus the list fields and the persona). */
        AgentDetail: components["schemas"]["Agent"] & {
            capabilities: components["schemas"]["AgentCapabilities"];
            performance: components["schemas"]["AgentPerformance"];
            pricing: components["schemas"]["AgentPricing"];
            persona: components["schemas"]["AgentPersona"];
        };
        AgentCapabilities: {
            /** @description What the agent is known for writing (as the reference shows, e.g. `text`, `video_script`, `caption`, `review`); any content type and format can be requested. */
            content_types: components["schemas"]["Slug"][];
            /** @description The number of languages the agent lists (the reference shows a count here and the codes in the list view's `languages`). */
            languages: number;
            /** @description Tones the persona writes in; a campaign's `config.tone` defaults to the first. */
            tone_modes: components["schemas"]["Slug"][];
            /** @description Whether generation can stream (SSE and WebSocket). */
            real_time_streaming: boolean;
        };
        /** @description All-time figures, baseline plus measured live-mode counts. */
        AgentPerformance: {
            /** @description Total engagements / total impressions, 4 decimals. */
            avg_engagement_rate: number;
            /** @description Total impressions. */
            total_reach: number;
            /** @description Campaigns that reached their end (completed). */
            campaigns_completed: number;
            /** @description Total conversions / total leads, 4 decimals. */
            avg_conversion_rate: number;
        };
        AgentPricing: {
            /**
             * @description `per_campaign`: the base rate is the price of a whole campaign.
             * @enum {string}
             */
            model: "per_campaign";
            /**
             * @description The price of one campaign, accrued evenly per day over its `duration_days` while
             *     active. Built-in agents: the catalog's rate. Custom agents: the rate the builder
             *     plugin's configuration sets for them (default 0).
             */
            base_rate_usd: components["schemas"]["Money"];
            /** @description The plans the agent is offered on (informational). */
            included_in_plans: components["schemas"]["Plan"][];
        };
        /** @description The structured persona generation uses (for custom agents, compiled from the persona prompt by the builder). */
        AgentPersona: {
            bio: string;
            topics: string[];
            adjectives: string[];
            style_rules: string[];
            example_posts: string[];
            expertise_domains: string[];
            target_audience: string | null;
        };
        AgentList: {
            data: components["schemas"]["Agent"][];
            meta: components["schemas"]["ListMeta"];
        };
        Asset: {
            name: components["schemas"]["AssetName"];
            agent_id: components["schemas"]["AgentId"];
            /** @enum {string} */
            content_type: "image/png" | "image/jpeg" | "image/webp" | "image/svg+xml" | "application/pdf" | "text/plain";
            size_bytes: number;
            /** @description The strong ETag the CDN serves (quoted). */
            etag: string;
            /**
             * Format: uri
             * @description The public URL: `{public_base_url}/cdn/agents/{agent_id}/assets/{name}`.
             */
            url: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        AssetList: {
            data: components["schemas"]["Asset"][];
            meta: components["schemas"]["ListMeta"];
        };
        /**
         * @description The latest build's status: `training` (running; while retraining, the previous
         *     version keeps serving), `ready` (published and available), `failed` (see `error`),
         *     `retired` (removed from the registry).
         * @enum {string}
         */
        BuildStatus: "training" | "ready" | "failed" | "retired";
        CreateBuilderAgentRequest: {
            /** @description Display name, unique within the organization. */
            name: string;
            category: components["schemas"]["Slug"];
            /** @description Who the agent is, what it knows, how it sounds. */
            persona_prompt: string;
            /** @description Topics the agent is expert in; not empty when given (derived from the prompt when absent). */
            expertise_domains?: string[];
            target_audience?: string;
            /** @description Languages the agent writes in. Default `[en]`. */
            languages?: components["schemas"]["LanguageCode"][];
            /**
             * @description Who can see the agent (see `Agent.visibility`). Default `private`.
             * @enum {string}
             */
            visibility?: "private" | "public" | "marketplace";
            /** @description Open snake_case slugs; known synonyms match. */
            use_cases?: components["schemas"]["Slug"][];
        };
        UpdateBuilderAgentRequest: {
            name?: string;
            category?: components["schemas"]["Slug"];
            persona_prompt?: string;
            expertise_domains?: string[];
            target_audience?: string;
            languages?: components["schemas"]["LanguageCode"][];
            /** @enum {string} */
            visibility?: "private" | "public" | "marketplace";
            use_cases?: components["schemas"]["Slug"][];
        };
        /** @description The reference's reply to a build request. */
        BuildAccepted: {
            id: components["schemas"]["AgentId"];
            name: string;
            status: components["schemas"]["BuildStatus"];
            /**
             * Format: date-time
             * @description When training should end, from the configured provider's typical speed; `null` once the build has ended.
             */
            estimated_ready_at: string | null;
            /**
             * Format: uri
             * @description `{public_base_url}/dashboard/agents/{id}`.
             */
            dashboard_url: string;
            /**
             * Format: uri
             * @description `{public_base_url}/v1/agents/{id}`.
             */
            api_endpoint: string;
            /** @description Advice on the request (e.g. `language_fallback` for a language the generator has no phrasing for); absent when there is none, so the reply keeps the reference's fields. */
            warnings?: components["schemas"]["Warnings"];
        };
        /** @description A custom agent's build, with its inputs and training progress. */
        BuilderAgent: components["schemas"]["BuildAccepted"] & {
            category: components["schemas"]["Slug"];
            persona_prompt: string;
            expertise_domains: string[];
            target_audience: string | null;
            languages: components["schemas"]["LanguageCode"][];
            /** @enum {string} */
            visibility: "private" | "public" | "marketplace";
            use_cases: components["schemas"]["Slug"][];
            /** @description The version being built (or last built). */
            version: number;
            /** @description The version the registry serves; `null` until the first build is ready. */
            serving_version: number | null;
            /** @description Share of the pipeline done, 0 to 1. */
            progress: number;
            /**
             * @description The step running now; `null` when no build is running.
             * @enum {string|null}
             */
            step: "compile_persona" | "write_samples" | "evaluate" | "publish" | null;
            steps: components["schemas"]["BuildStep"][];
            /** @description Why the build failed; `null` otherwise. */
            error: components["schemas"]["BuildError"] | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        BuildStep: {
            /** @enum {string} */
            name: "compile_persona" | "write_samples" | "evaluate" | "publish";
            /** @enum {string} */
            status: "pending" | "running" | "done" | "failed";
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            finished_at: string | null;
            attempts?: number;
            /** @description Human-readable lines of what the step did. */
            log: string[];
            /** @description For `evaluate`: each check's score, 0 to 1 (`disclosure`, `language`, `no_template_holes`, `on_topic`, `length`). */
            scores?: {
                [key: string]: number;
            };
        };
        BuildError: {
            /** @description `persona_compile_failed` (no valid persona JSON after the retries), `evaluation_failed` (the samples failed evaluation, also after one compile with feedback), `publish_refused` (the registry refused the agent), or the provider's error code (`llm_unavailable`, `llm_timeout`, ...) after the training job's last attempt. */
            code: string;
            message: string;
            /** @description The failed checks, for people. */
            reasons: string[];
        };
        BuilderAgentList: {
            data: components["schemas"]["BuilderAgent"][];
            meta: components["schemas"]["ListMeta"];
        };
        /**
         * @description The angle of a piece: `product_review` (expert review with pros/cons and a
         *     recommendation), `product_launch` (announcement and hype), `testimonial`
         *     (first-person customer perspective), `lead_magnet` (value-driven, captures leads),
         *     `trivia` (engagement-driving trivia and Q&A), `collab_content` (co-branded).
         * @enum {string}
         */
        ContentType: "product_review" | "product_launch" | "testimonial" | "lead_magnet" | "trivia" | "collab_content";
        /**
         * @description A structural format (`post` ... `joint_announcement`, see `StructuralFormat`) or a
         *     channel format (`social_post` ... `youtube_description`, see `ChannelFormat`). Any
         *     format works with any content type.
         * @enum {string}
         */
        ContentFormat: "post" | "thread" | "article" | "video_script" | "press_release" | "quote" | "review" | "question" | "quiz" | "landing_copy" | "email" | "joint_announcement" | "social_post" | "instagram_caption" | "tweet" | "linkedin_post" | "tiktok_script" | "youtube_description";
        /**
         * @description The structure written: `post`, `thread` (numbered parts), `article` (headings),
         *     `video_script` (scenes and voice-over lines), `press_release` (dateline and
         *     boilerplate), `quote`, `review` (pros, cons, verdict), `question`, `quiz` (with
         *     answers), `landing_copy` (headline and sections), `email` (subject line),
         *     `joint_announcement`.
         * @enum {string}
         */
        StructuralFormat: "post" | "thread" | "article" | "video_script" | "press_release" | "quote" | "review" | "question" | "quiz" | "landing_copy" | "email" | "joint_announcement";
        /**
         * @description A platform format, written as the content type's short form (`post`; `quote` for
         *     `testimonial`; `question` for `trivia`; `tiktok_script` as a short `video_script`)
         *     within the channel's limit, disclosures included: `tweet` 280 characters,
         *     `instagram_caption` 2,200, `linkedin_post` 3,000, `youtube_description` 5,000,
         *     `social_post` 500, `tiktok_script` about 60 seconds spoken (the content plugin's
         *     configuration holds the numbers). `email` is not among them: it is the structural
         *     format of the reference's table (subject line and body, a primary format of
         *     `lead_magnet`), written as such for any type.
         * @enum {string}
         */
        ChannelFormat: "social_post" | "instagram_caption" | "tweet" | "linkedin_post" | "tiktok_script" | "youtube_description";
        /**
         * @description A word target per format (the content plugin's configuration holds the numbers).
         * @enum {string}
         */
        ContentLength: "short" | "medium" | "long";
        /**
         * @description `standard`: disclosures (`#ad` or the language's equivalent, and an AI-generated
         *     label) in the text. `strict`: also refuses a testimonial without `source_quote` and
         *     flags unsupported superlatives and health/financial claims. `off`: adds nothing
         *     (and says so in `compliance.note`).
         * @enum {string}
         */
        ComplianceMode: "standard" | "strict" | "off";
        /** @description The product facts; claims are limited to `key_claims` and `key_features`. */
        ContentProduct: {
            name: string;
            description?: string;
            key_claims?: string[];
            key_features?: string[];
            target_use?: string;
            target_audience?: string;
        };
        /** @description What to generate; shared by the JSON/SSE request body and the WebSocket `generate` message. */
        ContentGenerationInput: {
            content_type: components["schemas"]["ContentType"];
            product: components["schemas"]["ContentProduct"];
            /** @description Defaults to the content type's first primary format. */
            format?: components["schemas"]["ContentFormat"];
            /** @description Default `medium`. */
            length?: components["schemas"]["ContentLength"];
            /** @description Default `en`. One the agent does not list is accepted with a warning. */
            language?: components["schemas"]["LanguageCode"];
            /** @description One of the agent's tone modes (another is accepted with a warning); defaults to the agent's first. */
            tone?: components["schemas"]["Slug"];
            /** @description End with a call to action (returned in `cta` too). Default `true`. */
            include_cta?: boolean;
            /** @description Default `standard`. */
            compliance_mode?: components["schemas"]["ComplianceMode"];
            /** @description A real customer's words for a `testimonial` to adapt (required by `strict`). */
            source_quote?: string;
        };
        /** @description The reference's content body. */
        CreateContentRequest: components["schemas"]["ContentGenerationInput"] & {
            /** @description `true` streams the generation as Server-Sent Events (`200 text/event-stream`). Default `false`. */
            stream?: boolean;
        };
        ContentCompliance: {
            mode: components["schemas"]["ComplianceMode"];
            /** @description Whether disclosures were written into the text. */
            disclosures_added: boolean;
            /** @description `strict` only: sentences that need a human look. */
            flags: components["schemas"]["ComplianceFlag"][];
            /** @description A remark for people, e.g. that `off` added no disclosure and disclosure is now the caller's duty. */
            note: string | null;
        };
        ComplianceFlag: {
            /** @description `unsupported_superlative`, `unsupported_health_claim`, `unsupported_financial_claim`, ... */
            code: string;
            sentence: string;
            message: string;
        };
        /** @description One stored generation. */
        Content: {
            id: components["schemas"]["ContentId"];
            agent_id: components["schemas"]["AgentId"];
            /** @description The campaign it was generated for; `null` outside campaigns. */
            campaign_id: string | null;
            /** @description The generation's session (the `session_id` of its stream events; non-streamed generations have one too). */
            session_id: components["schemas"]["SessionId"];
            content_type: components["schemas"]["ContentType"];
            /** @description The structure written (a channel format's short form when one was asked for). */
            format: components["schemas"]["StructuralFormat"];
            /** @description The channel format asked for; `null` when a structural format was asked for. */
            channel: components["schemas"]["ChannelFormat"] | null;
            /** @description The language `text` is written in: the one asked for, or `en` when the generator had no phrasing for it (with a `language_fallback` warning naming the one asked for). */
            language: components["schemas"]["LanguageCode"];
            length: components["schemas"]["ContentLength"];
            /** @description The tone written in: the request's (or the campaign's), else the agent's first tone mode; `null` only for an agent without tone modes. */
            tone: string | null;
            /** @description The content, disclosures included (unless compliance is `off`). */
            text: string;
            /** @description The call to action (also in `text`); `null` without `include_cta`. */
            cta: string | null;
            /** @description Every hashtag in `text`, in order of appearance, disclosure hashtags included. */
            hashtags: string[];
            /** @description The disclosures written into `text`. */
            disclosures: string[];
            compliance: components["schemas"]["ContentCompliance"];
            /**
             * @description Always `true`.
             * @constant
             */
            ai_generated: true;
            warnings: components["schemas"]["Warnings"];
            /** @description Prompt plus completion tokens. */
            tokens: number;
            /** @description Time the provider took. */
            latency_ms: number;
            /** @description The LLM provider: `builtin`, `ollama`, `openai`, or a plugin's. */
            provider: string;
            /** @description The model; `null` for `builtin`. */
            model: string | null;
            /**
             * @description `client_closed`: an SSE client disconnected; `cancelled`: a WebSocket `cancel`; `error`: the provider failed mid-stream (what was generated is kept).
             * @enum {string}
             */
            finish_reason: "stop" | "length" | "client_closed" | "cancelled" | "error";
            /** Format: date-time */
            created_at: string;
        };
        ContentList: {
            data: components["schemas"]["Content"][];
            meta: components["schemas"]["ListMeta"];
        };
        StreamTicket: {
            /** @description Single use. */
            ticket: string;
            /**
             * Format: date-time
             * @description 60 seconds after issue.
             */
            expires_at: string;
            /**
             * Format: uri-reference
             * @description The path to open: `/v1/stream?ticket=...`.
             */
            url: string;
        };
        /**
         * @description A Server-Sent Events stream (`text/event-stream`). Each event is one
         *     `data: <json>` line and a blank line; the JSON is a `StreamEvent`
         *     (`contentSchema`). The stream ends with `data: [DONE]`. Lines beginning with `:`
         *     are keep-alive comments (every 15 s).
         */
        EventStream: string;
        /** @description One event of a generation stream (SSE `data:` line, or WebSocket message with `request_id` and `session_id`). */
        StreamEvent: components["schemas"]["StreamEventAgentStart"] | components["schemas"]["StreamEventContentChunk"] | components["schemas"]["StreamEventContentComplete"] | components["schemas"]["StreamEventError"];
        StreamEventAgentStart: {
            /** @constant */
            type: "agent_start";
            /** @description The agent's display name (`VELO`). */
            agent: string;
            session_id: components["schemas"]["SessionId"];
            /** @description WebSocket only; the client's id of the generate message. */
            request_id?: string;
        };
        StreamEventContentChunk: {
            /** @constant */
            type: "content_chunk";
            /** @description The next piece of text; concatenated chunks give the content's `text`. */
            text: string;
            session_id?: components["schemas"]["SessionId"];
            /** @description WebSocket only. */
            request_id?: string;
        };
        StreamEventContentComplete: {
            /** @constant */
            type: "content_complete";
            tokens: number;
            latency_ms: number;
            content_id: components["schemas"]["ContentId"];
            warnings?: components["schemas"]["Warnings"];
            session_id?: components["schemas"]["SessionId"];
            /** @description WebSocket only. */
            request_id?: string;
        };
        StreamEventError: {
            /** @constant */
            type: "error";
            /** @description A problem code (`llm_timeout`, `llm_unavailable`, `shutting_down`, `generation_cancelled`, ...). */
            code: string;
            message: string;
            session_id?: string | null;
            /** @description WebSocket only; `null` when the offending message had none. */
            request_id?: string | null;
        };
        /** @description A message a client sends on `GET /v1/stream`. */
        WsClientMessage: components["schemas"]["WsGenerateMessage"] | components["schemas"]["WsSubscribeMessage"] | components["schemas"]["WsCancelMessage"];
        /** @description Starts a generation (needs `content:write`); the content body without `stream`. */
        WsGenerateMessage: {
            /** @constant */
            type: "generate";
            /** @description Chosen by the client; tags every message of this generation. */
            request_id: string;
            agent_id: components["schemas"]["AgentId"];
        } & components["schemas"]["ContentGenerationInput"];
        WsSubscribeMessage: {
            /** @constant */
            type: "subscribe";
            events: components["schemas"]["EventPattern"][];
            request_id?: string;
        };
        WsCancelMessage: {
            /** @constant */
            type: "cancel";
            request_id: string;
        };
        /** @description A message the server sends on `GET /v1/stream`. */
        WsServerMessage: components["schemas"]["StreamEventAgentStart"] | components["schemas"]["StreamEventContentChunk"] | components["schemas"]["StreamEventContentComplete"] | components["schemas"]["StreamEventError"] | components["schemas"]["WsSubscribedMessage"] | components["schemas"]["WsEventMessage"];
        WsSubscribedMessage: {
            /** @constant */
            type: "subscribed";
            /** @description Every pattern the socket is subscribed to now. */
            events: components["schemas"]["EventPattern"][];
            request_id?: string | null;
        };
        WsEventMessage: {
            /** @constant */
            type: "event";
            id: components["schemas"]["EventId"];
            event: components["schemas"]["EventNameOrPluginEvent"];
            /** Format: date-time */
            timestamp: string;
            /** @description The resource as the API returns it (as in webhook payloads). */
            data: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A content type, or a use-case synonym of one (`review` = `product_review`,
         *     `brand_launch` = `product_launch`, `lead_gen` = `lead_magnet`). It picks the
         *     campaign's `content_type`.
         * @enum {string}
         */
        CampaignType: "product_review" | "product_launch" | "testimonial" | "lead_magnet" | "trivia" | "collab_content" | "review" | "brand_launch" | "lead_gen";
        /**
         * @description `scheduled` -> `active` -> `completed`; `cancelled` from `scheduled`, `active` or
         *     `paused_budget`; `paused_budget` when spend reaches the budget, back to `active`
         *     when the budget is raised, `completed` if it ends while paused.
         * @enum {string}
         */
        CampaignStatus: "scheduled" | "active" | "paused_budget" | "completed" | "cancelled";
        CampaignProduct: {
            name: string;
            description?: string;
            /** @description The only claims generation may make about the product. */
            key_features?: string[];
            target_audience?: string;
        };
        /** @description Fields left out take defaults on creation and keep their value on update. */
        CampaignConfigInput: {
            /** @description One of the agent's tone modes (another is accepted with a warning); default the agent's first. */
            tone?: components["schemas"]["Slug"];
            /** @description Languages to generate in; one the agent does not list is accepted with a warning. Default the agent's first language. */
            languages?: components["schemas"]["LanguageCode"][];
            /** @description Formats to generate; default the type's first primary format. */
            output_formats?: components["schemas"]["ContentFormat"][];
            /** @description Default `standard`. */
            compliance_mode?: components["schemas"]["ComplianceMode"];
            /** @description Days from start to `ends_at`; default 30. */
            duration_days?: number;
        };
        /** @description The campaign's configuration, defaults filled in. */
        CampaignConfig: {
            tone: components["schemas"]["Slug"];
            languages: components["schemas"]["LanguageCode"][];
            output_formats: components["schemas"]["ContentFormat"][];
            compliance_mode: components["schemas"]["ComplianceMode"];
            duration_days: number;
        };
        /**
         * @description The reference's campaign body, plus an optional `starts_at`. The reference marks
         *     `agent_id`, `type` and `name` as required; `product` (generation needs the product's
         *     facts) and `budget_usd` (the ledger needs a cap) are required here too, and the
         *     reference's example carries both.
         */
        CreateCampaignRequest: {
            agent_id: components["schemas"]["AgentId"];
            type: components["schemas"]["CampaignType"];
            name: string;
            product: components["schemas"]["CampaignProduct"];
            config?: components["schemas"]["CampaignConfigInput"];
            /** @description The most the campaign may spend (base rate accrual plus generation costs). */
            budget_usd: number;
            /**
             * Format: date-time
             * @description When to start; absent or past starts at once (`active`), future gives `scheduled`.
             */
            starts_at?: string;
        };
        UpdateCampaignRequest: {
            name?: string;
            /** @description Not below `spent_usd` (`422 budget_below_spent`); raising it resumes a `paused_budget` campaign. */
            budget_usd?: number;
            config?: components["schemas"]["CampaignConfigInput"];
        };
        /** @description Measured counts over the campaign's life (zeros until analytics receives events). */
        CampaignPerformance: {
            impressions: number;
            engagements: number;
            leads: number;
            conversions: number;
        };
        Campaign: {
            id: components["schemas"]["CampaignId"];
            agent_id: components["schemas"]["AgentId"];
            type: components["schemas"]["CampaignType"];
            /** @description The content type the campaign's `type` picks. */
            content_type: components["schemas"]["ContentType"];
            name: string;
            status: components["schemas"]["CampaignStatus"];
            product: components["schemas"]["CampaignProduct"];
            config: components["schemas"]["CampaignConfig"];
            budget_usd: components["schemas"]["Money"];
            /** @description The sum of the campaign's ledger (base rate accrual and generation costs); never above `budget_usd`. */
            spent_usd: components["schemas"]["Money"];
            /** @description `budget_usd - spent_usd`. */
            remaining_budget_usd: components["schemas"]["Money"];
            /**
             * Format: date-time
             * @description When it started or will start.
             */
            starts_at: string;
            /**
             * Format: date-time
             * @description `starts_at` + `duration_days`.
             */
            ends_at: string;
            /** Format: date-time */
            cancelled_at: string | null;
            /** Format: date-time */
            completed_at: string | null;
            performance: components["schemas"]["CampaignPerformance"];
            /** @description The organization's rating of the agent for this campaign, once given. */
            rating: number | null;
            warnings: components["schemas"]["Warnings"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CampaignList: {
            data: components["schemas"]["Campaign"][];
            meta: components["schemas"]["ListMeta"];
        };
        /** @description Overrides for this one generation; everything else comes from the campaign. */
        CampaignStreamRequest: {
            /** @description Default the campaign's first output format. */
            format?: components["schemas"]["ContentFormat"];
            /** @description Default the campaign's first language. */
            language?: components["schemas"]["LanguageCode"];
            /** @description Default `medium`. */
            length?: components["schemas"]["ContentLength"];
            /** @description Default `true`. */
            include_cta?: boolean;
            /** @description A real customer's words, for testimonial campaigns (required by `strict` compliance). */
            source_quote?: string;
        };
        RateCampaignRequest: {
            rating: number;
            comment?: string;
        };
        CampaignRating: {
            campaign_id: components["schemas"]["CampaignId"];
            agent_id: components["schemas"]["AgentId"];
            rating: number;
            comment: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /** @enum {string} */
        AnalyticsEventType: "impression" | "engagement" | "click" | "lead" | "conversion";
        /**
         * @description One measured event, as each item of `POST /v1/events` should be. The batch schema
         *     keeps items loose (any object) so that the service validates each event on its own
         *     and rejects only the bad ones; this is the shape it checks.
         */
        AnalyticsEventInput: {
            type: components["schemas"]["AnalyticsEventType"];
            campaign_id: components["schemas"]["CampaignId"];
            /** @description How many events this item stands for (channels report impressions in bulk). Default 1. */
            count?: number;
            content_id?: components["schemas"]["ContentId"];
            language?: components["schemas"]["LanguageCode"];
            /** @description Where it happened (`instagram`, `tiktok`, `email`, ...). */
            channel?: components["schemas"]["Slug"];
            /** @description On conversions, the value of each one counted (revenue = count x value_usd). */
            value_usd?: components["schemas"]["Money"];
            /**
             * Format: date-time
             * @description At most 5 minutes ahead of the server clock, and within the raw-event retention window.
             */
            occurred_at: string;
            /** @description The client's id for this event; one seen before in the organization is a duplicate and ignored. */
            event_id?: string;
        };
        IngestEventsRequest: {
            /**
             * @description Each item should be an `AnalyticsEventInput` (the second branch). The contract
             *     accepts any object here (the first branch) so that the service validates each
             *     event on its own and rejects only the bad ones, listing them in the reply. The
             *     loose branch comes first so that a validator stops there instead of checking
             *     every event twice.
             */
            events: ({
                [key: string]: unknown;
            } | components["schemas"]["AnalyticsEventInput"])[];
        };
        IngestEventsResult: {
            /** @description Events recorded. */
            accepted: number;
            /** @description Events ignored because their `event_id` was seen before. */
            duplicates: number;
            rejected: components["schemas"]["RejectedEvent"][];
        };
        RejectedEvent: {
            /** @description The event's position in the batch. */
            index: number;
            /** @description `invalid_event`, `campaign_not_found`, `content_not_found`, `occurred_at_in_future`, `occurred_at_too_old`. */
            code: string;
            message: string;
        };
        /**
         * @description Sums over the period, from measured events. Rates are rounded to 4 decimals and are
         *     0 when their denominator is 0.
         */
        AnalyticsSummary: {
            total_impressions: number;
            total_engagements: number;
            /** @description total_engagements / total_impressions. */
            engagement_rate: number;
            /** @description Clicks (tracking links and click events). */
            total_clicks: number;
            leads_generated: number;
            conversions: number;
            /** @description conversions / leads_generated. */
            conversion_rate: number;
            /** @description The sum of conversions' `value_usd` x `count`. */
            estimated_revenue_usd: components["schemas"]["Money"];
            /** @description The campaign ledger's charges in the period. */
            spent_usd: components["schemas"]["Money"];
            /** @description estimated_revenue_usd / spent_usd, rounded to 4 decimals; `null` when nothing was spent. */
            roi_multiplier: number | null;
        };
        AnalyticsBreakdownEntry: {
            impressions: number;
            leads: number;
            engagements: number;
            clicks: number;
            conversions: number;
            estimated_revenue_usd: components["schemas"]["Money"];
        };
        /** @description Counts keyed by a dimension's value; events without that dimension are counted under `unknown`. */
        AnalyticsBreakdown: {
            [key: string]: components["schemas"]["AnalyticsBreakdownEntry"];
        };
        AnalyticsTimeseriesPoint: {
            /** Format: date */
            date: string;
            impressions: number;
            engagements: number;
            clicks: number;
            leads: number;
            conversions: number;
            estimated_revenue_usd: components["schemas"]["Money"];
        };
        /**
         * @description The reference's report shape, with the reference's field names and types, plus
         *     `breakdown_by_channel` and a daily `timeseries`. Beyond the reference, `summary`
         *     also carries `total_clicks` and `spent_usd` (the denominator of `roi_multiplier`),
         *     and each breakdown entry carries every count, not only `impressions` and `leads`.
         */
        CampaignAnalytics: {
            campaign_id: components["schemas"]["CampaignId"];
            period: components["schemas"]["Period"];
            summary: components["schemas"]["AnalyticsSummary"];
            /** @description By ISO 639-1 language code (`unknown` for events without one). */
            breakdown_by_language: components["schemas"]["AnalyticsBreakdown"];
            /** @description By channel (`unknown` for events without one). */
            breakdown_by_channel: components["schemas"]["AnalyticsBreakdown"];
            /** @description One point per UTC day of the period, zeros included. */
            timeseries: components["schemas"]["AnalyticsTimeseriesPoint"][];
        };
        /** @description The campaign report's shape over the organization's campaigns with one agent. */
        AgentAnalytics: {
            agent_id: components["schemas"]["AgentId"];
            period: components["schemas"]["Period"];
            /** @description Campaigns with this agent that overlap the period. */
            campaigns: number;
            summary: components["schemas"]["AnalyticsSummary"];
            breakdown_by_language: components["schemas"]["AnalyticsBreakdown"];
            breakdown_by_channel: components["schemas"]["AnalyticsBreakdown"];
            /** @description By campaign id. */
            breakdown_by_campaign: components["schemas"]["AnalyticsBreakdown"];
            timeseries: components["schemas"]["AnalyticsTimeseriesPoint"][];
        };
        CreateTrackingLinkRequest: {
            /**
             * Format: uri
             * @description The target; `http` or `https` only.
             */
            url: string;
            channel?: components["schemas"]["Slug"];
            language?: components["schemas"]["LanguageCode"];
            content_id?: components["schemas"]["ContentId"];
        };
        TrackingLink: {
            id: components["schemas"]["LinkId"];
            code: string;
            /** Format: uri */
            url: string;
            /**
             * Format: uri
             * @description `{public_base_url}/t/{code}`.
             */
            short_url: string;
            campaign_id: components["schemas"]["CampaignId"];
            channel: string | null;
            language: string | null;
            content_id: string | null;
            /** Format: date-time */
            created_at: string;
        };
        CreateLeadRequest: {
            /** Format: email */
            email: string;
            name?: string;
            /** @description Whether the person agreed to be contacted. Default `false`. */
            consent?: boolean;
            /** @description Free-form facts about the lead (flat; string, number, boolean or null values). */
            attributes?: {
                [key: string]: string | number | boolean | null;
            };
            language?: components["schemas"]["LanguageCode"];
            channel?: components["schemas"]["Slug"];
            content_id?: components["schemas"]["ContentId"];
        };
        Lead: {
            id: components["schemas"]["LeadId"];
            campaign_id: components["schemas"]["CampaignId"];
            /** Format: email */
            email: string;
            name: string | null;
            consent: boolean;
            attributes: {
                [key: string]: string | number | boolean | null;
            };
            language: string | null;
            channel: string | null;
            content_id: string | null;
            /** Format: date-time */
            created_at: string;
        };
        LeadList: {
            data: components["schemas"]["Lead"][];
            meta: components["schemas"]["ListMeta"];
        };
        Milestone: {
            campaign_id: components["schemas"]["CampaignId"];
            /** @description `impressions_1000`, `impressions_10000`, `impressions_100000`, `impressions_1000000`, `leads_10`, `leads_100`, `leads_1000`, `first_conversion`, or a configured one. */
            milestone: string;
            /** @enum {string} */
            metric: "impressions" | "leads" | "conversions";
            threshold: number;
            /** @description The metric's value when the milestone was crossed. */
            value: number;
            /** Format: date-time */
            reached_at: string;
        };
        /**
         * @description The built-in domain events: the reference's six, plus `campaign.cancelled` and
         *     `webhook.test`. Plugins may register more; the event registry is the authority.
         * @enum {string}
         */
        EventName: "campaign.started" | "campaign.completed" | "agent.content_generated" | "analytics.milestone_reached" | "lead.captured" | "agent.build_complete" | "campaign.cancelled" | "webhook.test";
        /**
         * @description An event name; one of the built-in `EventName`s or one a plugin registered. Plugins
         *     register names of this form: lowercase dotted words (`<area>.<what>`, digits and
         *     `_` allowed, e.g. `shop.order_v2_paid`).
         */
        EventNameOrPluginEvent: components["schemas"]["EventName"] | string;
        /**
         * @description An event name (`campaign.started`; see `EventName`, plugins may register more) or
         *     `*` for every event. The event registry, not this schema, decides: any other value
         *     (`campaign.paused`, `nope`, ...) is `422 unknown_event`, its `allowed` member listing
         *     the valid names (on the WebSocket, an `error` message `unknown_event`).
         */
        EventPattern: string;
        /** @description Printable ASCII, spaces included. `whsec_` + standard base64 (padding optional) is decoded for the HMAC key, and a `whsec_` secret that is not valid base64 is refused (`400`, `invalid_whsec_secret`); any other form is used as UTF-8 bytes. */
        WebhookSecret: string;
        CreateWebhookRequest: {
            /** Format: uri */
            url: string;
            events: components["schemas"]["EventPattern"][];
            /** @description Generated (`whsec_...`) when absent. */
            secret?: components["schemas"]["WebhookSecret"];
        };
        UpdateWebhookRequest: {
            /** Format: uri */
            url?: string;
            events?: components["schemas"]["EventPattern"][];
            enabled?: boolean;
        };
        Webhook: {
            id: components["schemas"]["WebhookId"];
            /** Format: uri */
            url: string;
            events: components["schemas"]["EventPattern"][];
            enabled: boolean;
            /**
             * @description Why deliveries stopped: the receiver answered `410`, every delivery failed for 5 days, or `enabled: false` was set.
             * @enum {string|null}
             */
            disabled_reason: "endpoint_gone" | "failing_for_5_days" | "disabled_by_user" | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        WebhookWithSecret: components["schemas"]["Webhook"] & {
            /** @description Shown in this reply only. */
            secret: components["schemas"]["WebhookSecret"];
        };
        WebhookSecretRotation: components["schemas"]["WebhookWithSecret"] & {
            /**
             * Format: date-time
             * @description Until then deliveries are signed with the old and the new secret.
             */
            previous_secret_expires_at: string;
        };
        WebhookList: {
            data: components["schemas"]["Webhook"][];
            meta: components["schemas"]["ListMeta"];
        };
        /**
         * @description `pending` (queued, in flight or waiting to retry), `succeeded` (a `2xx`), `failed` (no attempt left, or the endpoint was disabled).
         * @enum {string}
         */
        DeliveryStatus: "pending" | "succeeded" | "failed";
        WebhookDelivery: {
            id: components["schemas"]["DeliveryId"];
            webhook_id: components["schemas"]["WebhookId"];
            /** @description The event delivered; also the `webhook-id` header of every attempt. */
            event_id: components["schemas"]["EventId"];
            event_type: components["schemas"]["EventNameOrPluginEvent"];
            status: components["schemas"]["DeliveryStatus"];
            attempts_count: number;
            /** Format: date-time */
            next_attempt_at: string | null;
            /** @description Every attempt, oldest first. */
            attempts: components["schemas"]["WebhookAttempt"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        WebhookAttempt: {
            /** Format: date-time */
            attempted_at: string;
            /** @description The receiver's HTTP status; `null` when none came. */
            status_code: number | null;
            latency_ms: number;
            succeeded: boolean;
            /** @description Why an attempt failed besides its status: a code, sometimes followed by `: ` and a detail (`timeout`, `connection_refused`, `connection_reset`, `unsafe_address: name resolves to 10.0.0.5, private (10.0.0.0/8)`, `dns_failed: ...`, `tls_error: ...`, `redirect_not_followed` with the `3xx` status); null when the status alone says it. */
            error: string | null;
            /** @description The first 1 KB of the receiver's response body. */
            response_body_excerpt: string | null;
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            meta: components["schemas"]["ListMeta"];
        };
        /** @description The body of every webhook delivery: `{ type, timestamp, data }`. */
        WebhookPayload: {
            type: components["schemas"]["EventNameOrPluginEvent"];
            /**
             * Format: date-time
             * @description When the event happened.
             */
            timestamp: string;
            /** @description The resource as the API returns it. */
            data: {
                [key: string]: unknown;
            };
        };
        CampaignEventPayload: components["schemas"]["WebhookPayload"] & {
            /** @enum {string} */
            type?: "campaign.started" | "campaign.completed" | "campaign.cancelled";
            data?: components["schemas"]["Campaign"];
        };
        ContentGeneratedPayload: components["schemas"]["WebhookPayload"] & {
            /** @constant */
            type?: "agent.content_generated";
            data?: components["schemas"]["Content"];
        };
        MilestoneReachedPayload: components["schemas"]["WebhookPayload"] & {
            /** @constant */
            type?: "analytics.milestone_reached";
            data?: components["schemas"]["Milestone"];
        };
        LeadCapturedPayload: components["schemas"]["WebhookPayload"] & {
            /** @constant */
            type?: "lead.captured";
            data?: components["schemas"]["Lead"];
        };
        BuildCompletePayload: components["schemas"]["WebhookPayload"] & {
            /** @constant */
            type?: "agent.build_complete";
            data?: components["schemas"]["BuilderAgent"];
        };
        WebhookTestPayload: components["schemas"]["WebhookPayload"] & {
            /** @constant */
            type?: "webhook.test";
            data?: {
                webhook_id: components["schemas"]["WebhookId"];
                message: string;
            };
        };
    };
    responses: {
        /**
         * @description An error, as `application/problem+json` (RFC 9457). The `code` says what went wrong
         *     (the `Problem` schema lists the stable codes). `429` and `503` carry `Retry-After`.
         */
        Problem: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The request breaks the contract: `validation_failed` (every invalid field in
         *     `errors`), `malformed_json`, `idempotency_key_not_supported`.
         */
        BadRequest: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description No usable key: `missing_api_key`, `malformed_api_key`, `unknown_api_key`,
         *     `revoked_api_key`, `expired_api_key`, `invalid_stream_ticket`. Never says which
         *     organizations exist.
         */
        Unauthorized: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `budget_exhausted`: the campaign has no budget left; it is now `paused_budget`. Raise `budget_usd` to resume. */
        PaymentRequired: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The key may not do this: `insufficient_scope` (names the scope), `org_mismatch`,
         *     `mode_mismatch`, `agent_not_owned`.
         */
        Forbidden: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description No such resource for this caller (unknown, another organization's, the other mode's,
         *     or outside `X-Influgentic-Agent`): `agent_not_found`, `campaign_not_found`, ...; or
         *     no such route: `not_found`.
         */
        NotFound: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `not_acceptable`: none of the `Accept` media types can be produced. */
        NotAcceptable: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The resource's state forbids this: `campaign_invalid_state` (names the status),
         *     `campaign_already_rated`, `agent_name_taken`, `agent_retired` (changing, deploying or
         *     generating with a retired custom agent),
         *     `delivery_in_progress`, `idempotency_key_in_flight`.
         */
        Conflict: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `payload_too_large`: the body exceeds this route's limit. */
        PayloadTooLarge: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `unsupported_media_type`: the body's `Content-Type` is not one this operation accepts. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Well-formed but against a business rule (the problem names the field):
         *     `testimonial_needs_source`, `unknown_event`, `unsafe_webhook_url`,
         *     `budget_below_spent`, `invalid_period`, `expires_at_in_past`,
         *     `asset_content_mismatch`, `idempotency_key_reused`.
         */
        UnprocessableContent: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `upgrade_required`: this path speaks WebSocket only; send `Upgrade: websocket`. */
        UpgradeRequired: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                Upgrade: components["headers"]["Upgrade"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `rate_limited`: over the key's limit for this endpoint class; retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The LLM provider failed: `llm_model_not_found` (the configured model does not exist there) or `llm_bad_response` (a malformed answer). */
        BadGateway: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Not available now: `llm_unavailable` (the LLM provider cannot be reached),
         *     `shutting_down`, `not_ready` (with a `checks` extension member). May carry
         *     `Retry-After`.
         */
        ServiceUnavailable: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `llm_timeout`: the LLM provider did not answer within the configured timeout. */
        GatewayTimeout: {
            headers: {
                "X-Request-ID": components["headers"]["X-Request-ID"];
                "X-Response-Time": components["headers"]["X-Response-Time"];
                "X-Region": components["headers"]["X-Region"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Any `2xx` status means the delivery succeeded; the body is ignored (its first 1 KB is kept in the delivery log). */
        WebhookAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description `410 Gone` disables the endpoint at once (`disabled_reason: endpoint_gone`); no further retries. */
        WebhookGone: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description Any other status, a timeout (10 s), a refused connection or a redirect (not
         *     followed) is a failed attempt, retried with backoff; `Retry-After` on `429` or `503`
         *     is honoured.
         */
        WebhookFailed: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
         * @example org_yourcompany
         */
        OrgHeader: string;
        /**
         * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
         *     resource about another agent is a `404`.
         * @example agent_velo_automotive
         */
        AgentHeader: string;
        /**
         * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
         *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
         *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
         * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
         */
        RequestIdHeader: string;
        /**
         * @description Makes this POST run once per key value and organization: a retry within 24 hours
         *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
         *     with a different body is `422 idempotency_key_reused`; a retry while the first is
         *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
         *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
         *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
         * @example 6f1c2d9e-retry-safe-key
         */
        IdempotencyKeyHeader: string;
        /** @description Items per page, 1 to 100. */
        Limit: number;
        /** @description The `meta.next_cursor` of the previous page; opaque (the server makes it of URL-safe characters). */
        Cursor: string;
        /**
         * @description First day of the period (UTC, inclusive).
         * @example 2025-01-01
         */
        StartDate: string;
        /**
         * @description Last day of the period (UTC, inclusive).
         * @example 2025-01-31
         */
        EndDate: string;
        /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
        AgentIdPath: components["schemas"]["AgentId"];
        /** @description A campaign id. */
        CampaignIdPath: components["schemas"]["CampaignId"];
        /** @description A content id. */
        ContentIdPath: components["schemas"]["ContentId"];
        /** @description An API key id (not the secret). */
        KeyIdPath: components["schemas"]["KeyId"];
        /** @description A webhook endpoint id. */
        WebhookIdPath: components["schemas"]["WebhookId"];
        /** @description A webhook delivery id. */
        DeliveryIdPath: components["schemas"]["DeliveryId"];
        /** @description A lead id. */
        LeadIdPath: components["schemas"]["LeadId"];
        /**
         * @description An asset file name: 1 to 128 characters, no `/`, `\`, control characters or NUL,
         *     not starting with a dot.
         */
        AssetNamePath: components["schemas"]["AssetName"];
        /** @description A tracking link's code. Not pattern-checked, so that any unknown code, whatever its form, is a `404` problem. */
        LinkCodePath: string;
        /** @description The message id (the event's `evt_...` id), the same on every retry and redelivery; receivers deduplicate on it. */
        WebhookIdHeader: components["schemas"]["EventId"];
        /** @description Unix seconds when this attempt was signed; receivers reject timestamps more than 5 minutes old. */
        WebhookTimestampHeader: string;
        /**
         * @description `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">`, and two
         *     such signatures separated by a space during the 24 hours after a secret rotation.
         *     Verify with any Standard Webhooks library (e.g. the `standardwebhooks` npm package).
         */
        WebhookSignatureHeader: string;
    };
    requestBodies: never;
    headers: {
        /** @description The request id (the caller's `X-Request-ID` when sane, else a generated `req_...`); also in problems' `request_id`. */
        "X-Request-ID": string;
        /** @description Server time until the response headers were written, e.g. `3.2ms`. */
        "X-Response-Time": string;
        /** @description The region of the server that answered (configuration `region`, default `local`). */
        "X-Region": string;
        /** @description Present for live keys; requests allowed per rolling 60 s window for this key and endpoint class. */
        "X-RateLimit-Limit": number;
        /** @description Present for live keys; requests left in the current window. */
        "X-RateLimit-Remaining": number;
        /** @description Present for live keys; seconds until a request is allowed again (0 when one is allowed now), an integer. */
        "X-RateLimit-Reset": number;
        /** @description On `401` (RFC 9110): `Bearer realm="influgentic"`, with `error="invalid_token"` when a key was sent but is not usable. */
        "WWW-Authenticate": string;
        /** @description Seconds to wait before retrying (on `429`, and on `503` when the server is shutting down or not ready). */
        "Retry-After": number;
        /** @description `true` when this response is a replay of an earlier request with the same `Idempotency-Key`. */
        "Idempotent-Replayed": "true";
        /** @description The URL of the resource (or, on a redirect, its target). */
        Location: string;
        /** @description A strong entity tag of the asset's bytes. */
        ETag: string;
        /** @description Caching directives (assets `public, max-age=...`; streams `no-cache`; redirects `no-store`). */
        "Cache-Control": string;
        /** @description When the asset was last written (HTTP date). */
        "Last-Modified": string;
        /** @description Always `nosniff`. */
        "X-Content-Type-Options": "nosniff";
        /** @description Sent with SVG assets so a script inside never runs (`default-src 'none'; style-src 'unsafe-inline'; sandbox`). */
        "Content-Security-Policy": string;
        /** @description Always `no` on event streams, so proxies flush each event. */
        "X-Accel-Buffering": "no";
        /** @description `websocket`. */
        Upgrade: string;
        /** @description `Upgrade`. */
        Connection: string;
        /** @description The WebSocket handshake's accept value (RFC 6455). */
        "Sec-WebSocket-Accept": string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getOrg: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listKeys: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page; opaque (the server makes it of URL-safe characters). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description Makes this POST run once per key value and organization: a retry within 24 hours
                 *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
                 *     with a different body is `422 idempotency_key_reused`; a retry while the first is
                 *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
                 *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
                 *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
                 * @example 6f1c2d9e-retry-safe-key
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKeyRequest"];
            };
        };
        responses: {
            /** @description The key, with its secret shown this once. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An API key id (not the secret). */
                key_id: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getUsage: {
        parameters: {
            query?: {
                /**
                 * @description First day of the period (UTC, inclusive).
                 * @example 2025-01-01
                 */
                start?: components["parameters"]["StartDate"];
                /**
                 * @description Last day of the period (UTC, inclusive).
                 * @example 2025-01-31
                 */
                end?: components["parameters"]["EndDate"];
            };
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usage report. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @description Category slug, e.g. `automotive`, `fashion_lifestyle`. */
                category?: components["schemas"]["Slug"];
                /** @description Use-case slug, e.g. `product_launch`, `review`, `lead_gen`, `trivia` (synonyms match). */
                use_case?: components["schemas"]["Slug"];
                /** @description ISO 639-1 code; agents that list this language. */
                language?: components["schemas"]["LanguageCode"];
                /** @description Minimum `reach` (impressions over the last 30 days). */
                min_reach?: number;
                /** @description Sort key, descending. Default `reach`; relevance when `q` is given without `sort`. */
                sort?: "reach" | "engagement" | "campaigns" | "rating";
                /**
                 * @description Full-text search terms. Reserved characters may come raw or percent-encoded
                 *     (`q=sustain*`, `q=sustainable+fashion`): search input is data, so none of them is
                 *     a `400`.
                 */
                q?: string;
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page; opaque (the server makes it of URL-safe characters). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agents. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listAgentAssets: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page; opaque (the server makes it of URL-safe characters). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of assets. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    putAgentAsset: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
                /**
                 * @description An asset file name: 1 to 128 characters, no `/`, `\`, control characters or NUL,
                 *     not starting with a dot.
                 */
                asset_name: components["parameters"]["AssetNamePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/png": string;
                "image/jpeg": string;
                "image/webp": string;
                "image/svg+xml": string;
                "application/pdf": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description The asset was replaced. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Asset"];
                };
            };
            /** @description The asset was created. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Asset"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getAgentAsset: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from an earlier response; a match gives `304 Not Modified`. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
                /**
                 * @description An asset file name: 1 to 128 characters, no `/`, `\`, control characters or NUL,
                 *     not starting with a dot.
                 */
                asset_name: components["parameters"]["AssetNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The asset's bytes. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                    "image/webp": string;
                    "image/svg+xml": string;
                    "application/pdf": string;
                    "text/plain": string;
                };
            };
            /** @description Not modified; the cached copy with this ETag is current. */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["Problem"];
        };
    };
    listBuilderAgents: {
        parameters: {
            query?: {
                /** @description Only builds in this status. */
                status?: components["schemas"]["BuildStatus"];
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page; opaque (the server makes it of URL-safe characters). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of custom agents. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuilderAgentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createBuilderAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description Makes this POST run once per key value and organization: a retry within 24 hours
                 *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
                 *     with a different body is `422 idempotency_key_reused`; a retry while the first is
                 *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
                 *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
                 *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
                 * @example 6f1c2d9e-retry-safe-key
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBuilderAgentRequest"];
            };
        };
        responses: {
            /** @description Accepted; training has started. */
            202: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuildAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getBuilderAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The build. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuilderAgent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    deleteBuilderAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The retired agent's build. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuilderAgent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    updateBuilderAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBuilderAgentRequest"];
            };
        };
        responses: {
            /** @description Updated without retraining (visibility only). */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuilderAgent"];
                };
            };
            /** @description Updated; the new version is training. */
            202: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuilderAgent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createContent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description Makes this POST run once per key value and organization: a retry within 24 hours
                 *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
                 *     with a different body is `422 idempotency_key_reused`; a retry while the first is
                 *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
                 *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
                 *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
                 * @example 6f1c2d9e-retry-safe-key
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContentRequest"];
            };
        };
        responses: {
            /**
             * @description The generation as Server-Sent Events (`stream` true). Each `data:` line holds one
             *     `StreamEvent` as JSON; the last is `data: [DONE]`.
             */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Accel-Buffering": components["headers"]["X-Accel-Buffering"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["EventStream"];
                };
            };
            /** @description The generated content (`stream` false). */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Content"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            default: components["responses"]["Problem"];
        };
    };
    listContent: {
        parameters: {
            query?: {
                /** @description Only content by this agent. */
                agent_id?: components["schemas"]["AgentId"];
                /** @description Only content of this type. */
                content_type?: components["schemas"]["ContentType"];
                /** @description Only content generated for this campaign. */
                campaign_id?: components["schemas"]["CampaignId"];
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page; opaque (the server makes it of URL-safe characters). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of content. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getContent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A content id. */
                content_id: components["parameters"]["ContentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The content. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Content"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createStreamTicket: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamTicket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    openStream: {
        parameters: {
            query?: {
                /** @description A ticket from `POST /v1/stream/tickets`, for clients that cannot send `Authorization`. */
                ticket?: string;
            };
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching Protocols; the connection now speaks WebSocket (see the description for its messages). */
            101: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    Upgrade: components["headers"]["Upgrade"];
                    Connection: components["headers"]["Connection"];
                    "Sec-WebSocket-Accept": components["headers"]["Sec-WebSocket-Accept"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listCampaigns: {
        parameters: {
            query?: {
                /** @description Only campaigns in this status. */
                status?: components["schemas"]["CampaignStatus"];
                /** @description Only campaigns of this agent. */
                agent_id?: components["schemas"]["AgentId"];
                /** @description Only campaigns of this type (synonyms match). */
                type?: components["schemas"]["CampaignType"];
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page; opaque (the server makes it of URL-safe characters). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of campaigns. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description Makes this POST run once per key value and organization: a retry within 24 hours
                 *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
                 *     with a different body is `422 idempotency_key_reused`; a retry while the first is
                 *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
                 *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
                 *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
                 * @example 6f1c2d9e-retry-safe-key
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignRequest"];
            };
        };
        responses: {
            /** @description The campaign. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    updateCampaign: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaignRequest"];
            };
        };
        responses: {
            /** @description The updated campaign. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    cancelCampaign: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description Makes this POST run once per key value and organization: a retry within 24 hours
                 *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
                 *     with a different body is `422 idempotency_key_reused`; a retry while the first is
                 *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
                 *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
                 *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
                 * @example 6f1c2d9e-retry-safe-key
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled campaign. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    streamCampaign: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CampaignStreamRequest"];
            };
        };
        responses: {
            /** @description The generation as Server-Sent Events; each `data:` line holds one `StreamEvent`, the last is `data: [DONE]`. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Accel-Buffering": components["headers"]["X-Accel-Buffering"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["EventStream"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
            default: components["responses"]["Problem"];
        };
    };
    rateCampaign: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description Makes this POST run once per key value and organization: a retry within 24 hours
                 *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
                 *     with a different body is `422 idempotency_key_reused`; a retry while the first is
                 *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
                 *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
                 *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
                 * @example 6f1c2d9e-retry-safe-key
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateCampaignRequest"];
            };
        };
        responses: {
            /** @description The rating. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRating"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    ingestEvents: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description Makes this POST run once per key value and organization: a retry within 24 hours
                 *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
                 *     with a different body is `422 idempotency_key_reused`; a retry while the first is
                 *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
                 *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
                 *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
                 * @example 6f1c2d9e-retry-safe-key
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestEventsRequest"];
            };
        };
        responses: {
            /** @description The outcome per event. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestEventsResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getCampaignAnalytics: {
        parameters: {
            query?: {
                /**
                 * @description First day of the period (UTC, inclusive).
                 * @example 2025-01-01
                 */
                start?: components["parameters"]["StartDate"];
                /**
                 * @description Last day of the period (UTC, inclusive).
                 * @example 2025-01-31
                 */
                end?: components["parameters"]["EndDate"];
            };
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignAnalytics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getAgentAnalytics: {
        parameters: {
            query?: {
                /**
                 * @description First day of the period (UTC, inclusive).
                 * @example 2025-01-01
                 */
                start?: components["parameters"]["StartDate"];
                /**
                 * @description Last day of the period (UTC, inclusive).
                 * @example 2025-01-31
                 */
                end?: components["parameters"]["EndDate"];
            };
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description An agent id (`agent_velo_automotive`, `agent_nova_custom_abc123`). */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentAnalytics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createTrackingLink: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description Makes this POST run once per key value and organization: a retry within 24 hours
                 *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
                 *     with a different body is `422 idempotency_key_reused`; a retry while the first is
                 *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
                 *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
                 *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
                 * @example 6f1c2d9e-retry-safe-key
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTrackingLinkRequest"];
            };
        };
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    trackLinkClick: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A tracking link's code. Not pattern-checked, so that any unknown code, whatever its form, is a `404` problem. */
                code: components["parameters"]["LinkCodePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the link's target. */
            302: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    Location: components["headers"]["Location"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
            default: components["responses"]["Problem"];
        };
    };
    listLeads: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page; opaque (the server makes it of URL-safe characters). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The leads. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadList"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createLead: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description Makes this POST run once per key value and organization: a retry within 24 hours
                 *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
                 *     with a different body is `422 idempotency_key_reused`; a retry while the first is
                 *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
                 *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
                 *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
                 * @example 6f1c2d9e-retry-safe-key
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLeadRequest"];
            };
        };
        responses: {
            /** @description The lead. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Lead"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    deleteLead: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A campaign id. */
                campaign_id: components["parameters"]["CampaignIdPath"];
                /** @description A lead id. */
                lead_id: components["parameters"]["LeadIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead was erased. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page; opaque (the server makes it of URL-safe characters). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description Makes this POST run once per key value and organization: a retry within 24 hours
                 *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
                 *     with a different body is `422 idempotency_key_reused`; a retry while the first is
                 *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
                 *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
                 *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
                 * @example 6f1c2d9e-retry-safe-key
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The endpoint, with its secret shown this once. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A webhook endpoint id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A webhook endpoint id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint was deleted. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A webhook endpoint id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description The updated endpoint. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description Makes this POST run once per key value and organization: a retry within 24 hours
                 *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
                 *     with a different body is `422 idempotency_key_reused`; a retry while the first is
                 *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
                 *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
                 *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
                 * @example 6f1c2d9e-retry-safe-key
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description A webhook endpoint id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint with its new secret. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretRotation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description Makes this POST run once per key value and organization: a retry within 24 hours
                 *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
                 *     with a different body is `422 idempotency_key_reused`; a retry while the first is
                 *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
                 *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
                 *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
                 * @example 6f1c2d9e-retry-safe-key
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description A webhook endpoint id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queued delivery. */
            202: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries in this status. */
                status?: components["schemas"]["DeliveryStatus"];
                /** @description Only deliveries of this event. */
                event_type?: components["schemas"]["EventNameOrPluginEvent"];
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `meta.next_cursor` of the previous page; opaque (the server makes it of URL-safe characters). */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
            };
            path: {
                /** @description A webhook endpoint id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The organization the caller means; must be the key's own (else `403 org_mismatch`).
                 * @example org_yourcompany
                 */
                "X-Influgentic-Org"?: components["parameters"]["OrgHeader"];
                /**
                 * @description Narrows the request to one agent: list endpoints are filtered to it, and a single
                 *     resource about another agent is a `404`.
                 * @example agent_velo_automotive
                 */
                "X-Influgentic-Agent"?: components["parameters"]["AgentHeader"];
                /**
                 * @description A caller-chosen request id, echoed in the `X-Request-ID` response header and in
                 *     problems' `request_id` when it is sane (1 to 200 letters, digits, `.`, `:`, `_` or
                 *     `-`); when absent or not sane, a generated `req_...` id replaces it. Never refused.
                 * @example 3f2b8c1e-7d4a-4f0e-9b1a-2c5d6e7f8a9b
                 */
                "X-Request-ID"?: components["parameters"]["RequestIdHeader"];
                /**
                 * @description Makes this POST run once per key value and organization: a retry within 24 hours
                 *     replays the stored status and body (with `Idempotent-Replayed: true`); the same key
                 *     with a different body is `422 idempotency_key_reused`; a retry while the first is
                 *     running is `409 idempotency_key_in_flight`. 1 to 255 printable ASCII characters
                 *     (spaces only inside, as HTTP trims the ends); anything else is `400 validation_failed`
                 *     naming the header. Not for streaming requests (`400 idempotency_key_not_supported`).
                 * @example 6f1c2d9e-retry-safe-key
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path: {
                /** @description A webhook endpoint id. */
                webhook_id: components["parameters"]["WebhookIdPath"];
                /** @description A webhook delivery id. */
                delivery_id: components["parameters"]["DeliveryIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The re-queued delivery. */
            202: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["Problem"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["Problem"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HTML page. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getErrorDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HTML page. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "X-Response-Time": components["headers"]["X-Response-Time"];
                    "X-Region": components["headers"]["X-Region"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    campaignStartedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id (the event's `evt_...` id), the same on every retry and redelivery; receivers deduplicate on it. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description Unix seconds when this attempt was signed; receivers reject timestamps more than 5 minutes old. */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">`, and two
                 *     such signatures separated by a space during the 24 hours after a secret rotation.
                 *     Verify with any Standard Webhooks library (e.g. the `standardwebhooks` npm package).
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignEventPayload"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
            default: components["responses"]["WebhookFailed"];
        };
    };
    campaignCompletedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id (the event's `evt_...` id), the same on every retry and redelivery; receivers deduplicate on it. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description Unix seconds when this attempt was signed; receivers reject timestamps more than 5 minutes old. */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">`, and two
                 *     such signatures separated by a space during the 24 hours after a secret rotation.
                 *     Verify with any Standard Webhooks library (e.g. the `standardwebhooks` npm package).
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignEventPayload"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
            default: components["responses"]["WebhookFailed"];
        };
    };
    campaignCancelledWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id (the event's `evt_...` id), the same on every retry and redelivery; receivers deduplicate on it. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description Unix seconds when this attempt was signed; receivers reject timestamps more than 5 minutes old. */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">`, and two
                 *     such signatures separated by a space during the 24 hours after a secret rotation.
                 *     Verify with any Standard Webhooks library (e.g. the `standardwebhooks` npm package).
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignEventPayload"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
            default: components["responses"]["WebhookFailed"];
        };
    };
    contentGeneratedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id (the event's `evt_...` id), the same on every retry and redelivery; receivers deduplicate on it. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description Unix seconds when this attempt was signed; receivers reject timestamps more than 5 minutes old. */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">`, and two
                 *     such signatures separated by a space during the 24 hours after a secret rotation.
                 *     Verify with any Standard Webhooks library (e.g. the `standardwebhooks` npm package).
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContentGeneratedPayload"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
            default: components["responses"]["WebhookFailed"];
        };
    };
    milestoneReachedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id (the event's `evt_...` id), the same on every retry and redelivery; receivers deduplicate on it. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description Unix seconds when this attempt was signed; receivers reject timestamps more than 5 minutes old. */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">`, and two
                 *     such signatures separated by a space during the 24 hours after a secret rotation.
                 *     Verify with any Standard Webhooks library (e.g. the `standardwebhooks` npm package).
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneReachedPayload"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
            default: components["responses"]["WebhookFailed"];
        };
    };
    leadCapturedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id (the event's `evt_...` id), the same on every retry and redelivery; receivers deduplicate on it. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description Unix seconds when this attempt was signed; receivers reject timestamps more than 5 minutes old. */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">`, and two
                 *     such signatures separated by a space during the 24 hours after a secret rotation.
                 *     Verify with any Standard Webhooks library (e.g. the `standardwebhooks` npm package).
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadCapturedPayload"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
            default: components["responses"]["WebhookFailed"];
        };
    };
    buildCompleteWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id (the event's `evt_...` id), the same on every retry and redelivery; receivers deduplicate on it. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description Unix seconds when this attempt was signed; receivers reject timestamps more than 5 minutes old. */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">`, and two
                 *     such signatures separated by a space during the 24 hours after a secret rotation.
                 *     Verify with any Standard Webhooks library (e.g. the `standardwebhooks` npm package).
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuildCompletePayload"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
            default: components["responses"]["WebhookFailed"];
        };
    };
    testEventWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id (the event's `evt_...` id), the same on every retry and redelivery; receivers deduplicate on it. */
                "webhook-id": components["parameters"]["WebhookIdHeader"];
                /** @description Unix seconds when this attempt was signed; receivers reject timestamps more than 5 minutes old. */
                "webhook-timestamp": components["parameters"]["WebhookTimestampHeader"];
                /**
                 * @description `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{raw body}">`, and two
                 *     such signatures separated by a space during the 24 hours after a secret rotation.
                 *     Verify with any Standard Webhooks library (e.g. the `standardwebhooks` npm package).
                 */
                "webhook-signature": components["parameters"]["WebhookSignatureHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTestPayload"];
            };
        };
        responses: {
            410: components["responses"]["WebhookGone"];
            "2XX": components["responses"]["WebhookAccepted"];
            default: components["responses"]["WebhookFailed"];
        };
    };
}
