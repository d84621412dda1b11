import { isIP } from 'node:net';

/**
 * Whether an IP address is one a webhook may not reach: anything but a public unicast
 * address. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are
 * judged by that address, so `::ffff:127.0.0.1` is loopback like `127.0.0.1`.
 *
 * @example unsafeAddressReason('169.254.169.254') // 'link-local (cloud metadata)'
 */
export function unsafeAddressReason(address: string): string | undefined {
  const family = isIP(address);
  if (family === 4) return ipv4Reason(parseIpv4(address));
  if (family === 6) {
    const bytes = parseIpv6(address);
    return bytes === undefined ? 'not a valid IPv6 address' : ipv6Reason(bytes);
  }
  return 'not an IP address';
}

type Range = readonly [base: readonly number[], prefix: number, reason: string];

const IPV4_RANGES: readonly Range[] = [
  [[0, 0, 0, 0], 8, 'unspecified ("this network")'],
  [[10, 0, 0, 0], 8, 'private (10.0.0.0/8)'],
  [[100, 64, 0, 0], 10, 'shared address space (100.64.0.0/10)'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 0, 0], 16, 'link-local (cloud metadata)'],
  [[172, 16, 0, 0], 12, 'private (172.16.0.0/12)'],
  [[192, 0, 0, 0], 24, 'IETF protocol assignments'],
  [[192, 0, 2, 0], 24, 'documentation (TEST-NET-1)'],
  [[192, 88, 99, 0], 24, '6to4 relay anycast'],
  [[192, 168, 0, 0], 16, 'private (192.168.0.0/16)'],
  [[198, 18, 0, 0], 15, 'benchmarking'],
  [[198, 51, 100, 0], 24, 'documentation (TEST-NET-2)'],
  [[203, 0, 113, 0], 24, 'documentation (TEST-NET-3)'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved (including broadcast)'],
];

const IPV6_RANGES: readonly Range[] = [
  [[0xfc], 7, 'unique local (private)'],
  [[0xfe, 0x80], 10, 'link-local'],
  [[0xfe, 0xc0], 10, 'site-local (deprecated)'],
  [[0xff], 8, 'multicast'],
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'documentation'],
  [[0x01, 0x00, 0, 0, 0, 0, 0, 0], 64, 'discard-only'],
  [[0x00, 0x64, 0xff, 0x9b, 0x00, 0x01], 48, 'NAT64 local-use (64:ff9b:1::/48)'],
  [[0x20, 0x01, 0, 0], 32, 'Teredo tunnelling'],
  // Benchmarking, ORCHID and the rest of the IETF block (as 192.0.0.0/24 for IPv4).
  [[0x20, 0x01, 0x00, 0x00], 23, 'IETF protocol assignments (2001::/23)'],
  [[0x3f, 0xff], 20, 'documentation (3fff::/20)'],
];

/** Only 2000::/3 is global unicast; anything else not named above (::ffff:0:a.b.c.d, 5f00::/16, ...) is refused too. */
const IPV6_GLOBAL_UNICAST: readonly number[] = [0x20];

function inRange(bytes: readonly number[], base: readonly number[], prefix: number): boolean {
  for (let bit = 0; bit < prefix; bit += 8) {
    const take = Math.min(8, prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if (((bytes[bit / 8] ?? 0) & mask) !== ((base[bit / 8] ?? 0) & mask)) return false;
  }
  return true;
}

function ipv4Reason(bytes: readonly number[]): string | undefined {
  return IPV4_RANGES.find(([base, prefix]) => inRange(bytes, base, prefix))?.[2];
}

function ipv6Reason(bytes: readonly number[]): string | undefined {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0);
  if (zeros(0, 15) && bytes[15] === 0) return 'unspecified (::)';
  if (zeros(0, 15) && bytes[15] === 1) return 'loopback (::1)';
  const embedded = (offset: number, label: string) => {
    const reason = ipv4Reason(bytes.slice(offset, offset + 4));
    return reason === undefined ? undefined : `${label} of a ${reason} IPv4 address`;
  };
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (the deprecated compatible form)
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return embedded(12, 'IPv4-mapped form');
  if (zeros(0, 12)) return embedded(12, 'IPv4-compatible form') ?? 'IPv4-compatible (deprecated)';
  // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) reach the IPv4 address they carry
  if (inRange(bytes, [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96)) return embedded(12, 'NAT64 form');
  if (inRange(bytes, [0x20, 0x02], 16)) return embedded(2, '6to4 form');
  const named = IPV6_RANGES.find(([base, prefix]) => inRange(bytes, base, prefix))?.[2];
  if (named !== undefined) return named;
  return inRange(bytes, IPV6_GLOBAL_UNICAST, 3) ? undefined : 'not global unicast (outside 2000::/3)';
}

function parseIpv4(address: string): number[] {
  return address.split('.').map(Number);
}

/** 16 bytes of an IPv6 address (with `::` and a dotted IPv4 tail), or undefined. */
export function parseIpv6(input: string): number[] | undefined {
  const address = input.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  let words: number[] = [];
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const groups = part.split(':');
    for (let i = 0; i < groups.length; i += 1) {
      const group = groups[i] ?? '';
      if (i === groups.length - 1 && group.includes('.')) {
        if (isIP(group) !== 4) return undefined;
        const [a = 0, b = 0, c = 0, d = 0] = parseIpv4(group);
        out.push((a << 8) | b, (c << 8) | d);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
        out.push(parseInt(group, 16));
      }
    }
    return out;
  };
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (head === undefined || tail === undefined) return undefined;
  if (halves.length === 2) {
    const fill = 8 - head.length - tail.length;
    if (fill < 1) return undefined;
    words = [...head, ...Array.from({ length: fill }, () => 0), ...tail];
  } else {
    words = head;
  }
  if (words.length !== 8) return undefined;
  return words.flatMap((word) => [word >> 8, word & 0xff]);
}
