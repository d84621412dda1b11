import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Where asset bytes live. Local disk by default; an S3-compatible store implements the same
 * three methods (keys are `<agent_id>/<asset name>`).
 */
export interface AssetStorage {
  put(agentId: string, name: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(agentId: string, name: string): Promise<Buffer | null>;
}

/** Assets as files under one directory: `<root>/<agent_id>/<encoded name>`. */
export class LocalDiskStorage implements AssetStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /**
   * The file of a key. Names are validated before they get here (no `/`, `\`, NUL, leading
   * dot); encoding them and checking the result stays under the root is the second lock.
   */
  private pathOf(agentId: string, name: string): string {
    const path = resolve(this.root, encodeURIComponent(agentId), encodeURIComponent(name));
    if (!path.startsWith(this.root + sep)) throw new Error(`asset path escapes the asset directory: ${agentId}/${name}`);
    return path;
  }

  async put(agentId: string, name: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(agentId, name);
    await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
    // Written aside and renamed, so a reader never sees half a file.
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, path);
  }

  async get(agentId: string, name: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(agentId, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}
