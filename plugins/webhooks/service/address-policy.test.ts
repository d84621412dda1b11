import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseIpv6, unsafeAddressReason } from './address-policy.js';

describe('unsafeAddressReason', () => {
  it('refuses loopback, private, link-local, metadata, multicast and reserved IPv4', () => {
    for (const address of ['127.0.0.1', '127.255.0.9', '10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.9.9', '192.168.1.1', '169.254.169.254', '100.100.100.200', '0.0.0.0', '224.0.0.1', '239.1.1.1', '255.255.255.255', '198.18.0.1']) {
      assert.ok(unsafeAddressReason(address), address);
    }
    assert.match(unsafeAddressReason('169.254.169.254') ?? '', /metadata/);
    assert.match(unsafeAddressReason('127.0.0.1') ?? '', /loopback/);
  });

  it('refuses the same in IPv6, including mapped, compatible, NAT64 and 6to4 forms of them', () => {
    for (const address of ['::1', '::', 'fe80::1', 'fc00::1', 'fd00:ec2::254', 'ff02::1', 'fec0::1', '2001:db8::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '::127.0.0.1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::1', '0:0:0:0:0:0:0:1']) {
      assert.ok(unsafeAddressReason(address), address);
    }
    assert.match(unsafeAddressReason('::ffff:127.0.0.1') ?? '', /mapped.*loopback/);
  });

  it('refuses IPv6 outside global unicast (2000::/3) and the special blocks inside it', () => {
    // ::ffff:0:a.b.c.d is the IPv4-translated form (SIIT); 64:ff9b:1::/48 is a local NAT64.
    for (const address of ['::ffff:0:7f00:1', '::ffff:0:a00:1', '64:ff9b:1::a00:1', '5f00::1', '4000::1', 'e000::1', '2001:2::1', '2001:20::1', '2001:10::1', '3fff::1']) {
      assert.ok(unsafeAddressReason(address), address);
    }
    assert.match(unsafeAddressReason('::ffff:0:7f00:1') ?? '', /not global unicast/);
  });

  it('allows public unicast addresses, v4 and v6, and their mapped forms', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '2a00:1450:4001:81c::200e', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1']) {
      assert.equal(unsafeAddressReason(address), undefined, address);
    }
  });

  it('refuses what is not an IP address at all', () => {
    assert.ok(unsafeAddressReason('example.com'));
  });

  it('parses IPv6 with :: and a dotted tail into 16 bytes', () => {
    assert.deepEqual(parseIpv6('::ffff:1.2.3.4'), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 1, 2, 3, 4]);
    assert.deepEqual(parseIpv6('[fe80::1]'), [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    assert.equal(parseIpv6('1::2::3'), undefined);
  });
});
