/** One stored generation: filter columns, and the content object as JSON (`document`). */
export interface ContentRow {
  readonly id: string;
  readonly org_id: string;
  readonly livemode: number;
  readonly agent_id: string;
  readonly campaign_id: string | null;
  readonly content_type: string;
  readonly document: string;
  readonly created_at: string;
}

/** A WebSocket ticket: the issuing key's caller, usable once before `expires_at`. */
export interface TicketRow {
  /** SHA-256 of the ticket, hex: the ticket itself is a bearer secret. */
  readonly ticket_hash: string;
  readonly org_id: string;
  readonly livemode: number;
  /** The Principal (without secrets) as JSON. */
  readonly principal: string;
  readonly expires_at: string;
  readonly created_at: string;
}

export interface ContentTables {
  readonly content_contents: ContentRow;
  readonly content_stream_tickets: TicketRow;
}
