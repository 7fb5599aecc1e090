import type { TokenRole } from '../../domain/api-tokens';

/** A row of `api_tokens`. */
export interface ApiTokensTable {
  id: string;
  name: string;
  role: TokenRole;
  selector: string;
  token_hash: string;
  created_at: Date;
  revoked_at: Date | null;
}
