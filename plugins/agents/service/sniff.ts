/** The media types assets may have. */
export const assetTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'application/pdf', 'text/plain'] as const;
export type AssetType = (typeof assetTypes)[number];

function startsWith(bytes: Buffer, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
}

/**
 * Whether the bytes are what the declared type says, by their magic numbers (and for SVG
 * and text, by being UTF-8 text with an <svg> root): a client cannot store an HTML page or a
 * script under an image type.
 */
export function bytesMatch(type: AssetType, bytes: Buffer): boolean {
  switch (type) {
    case 'image/png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'image/webp':
      return startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8);
    case 'application/pdf':
      return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);
    case 'image/svg+xml': {
      const text = utf8(bytes);
      return text !== null && /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text.replace(/^\uFEFF/, ''));
    }
    case 'text/plain': {
      const text = utf8(bytes);
      return text !== null && !/[\u0000-\u0008\u000E-\u001F]/.test(text);
    }
  }
}

function utf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** `image/png; charset=...` -> `image/png`, when it is one of ours. */
export function assetTypeOf(contentType: string | undefined): AssetType | undefined {
  const bare = contentType?.split(';')[0]?.trim().toLowerCase();
  return assetTypes.find((type) => type === bare);
}
