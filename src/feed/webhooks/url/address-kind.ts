import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** What an IP address reaches, for the SSRF guard. */
export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'reserved' | 'unspecified' | 'multicast';

/** A list of CIDR ranges ("10.0.0.0/8", "fc00::/7"). */
const ranges = (...cidrs: string[]): BlockList => {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [network, prefix] = cidr.split('/');
    list.addSubnet(network, Number(prefix), network.includes(':') ? 'ipv6' : 'ipv4');
  }
  return list;
};

// Checked in this order: the first list that holds the address names its kind.
const KINDS: Array<[AddressKind, BlockList]> = [
  ['unspecified', ranges('0.0.0.0/8', '::/128')],
  ['loopback', ranges('127.0.0.0/8', '::1/128')],
  // 100.64/10 is carrier-grade NAT: inside a provider's network, never the public internet. fec0::/10 is the old site-local.
  ['private', ranges('10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7', 'fec0::/10')],
  ['link-local', ranges('169.254.0.0/16', 'fe80::/10')],
  ['multicast', ranges('224.0.0.0/4', 'ff00::/8')],
  // IETF protocol assignments, documentation, benchmarking, the old class E and broadcast.
  ['reserved', ranges('192.0.0.0/24', '192.0.2.0/24', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4')],
  // Old IPv4-compatible addresses, documentation, discard-only.
  ['reserved', ranges('::/96', '2001:db8::/32', '100::/64')],
];

/** The eight 16-bit groups of a valid IPv6 address (a dotted IPv4 tail becomes the last two). */
const ipv6Groups = (address: string): number[] => {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const [head, tail] = text.split('::');
  if (tail === undefined) return parse(head);
  const [left, right] = [parse(head), parse(tail)];
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
};

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) address, else undefined. */
const embeddedIpv4 = (address: string): string | undefined => {
  const groups = ipv6Groups(address);
  const prefix = groups.slice(0, 6).join(':');
  if (prefix !== '0:0:0:0:0:65535' && prefix !== '100:65435:0:0:0:0') return undefined;
  return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.');
};

/** The kind of an IP address literal (a zone id such as %eth0 is ignored); undefined when it is not an IP address. */
export const addressKind = (raw: string): AddressKind | undefined => {
  const address = raw.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIPv4(address)) return KINDS.find(([, list]) => list.check(address, 'ipv4'))?.[0] ?? 'public';
  if (!isIPv6(address)) return undefined;
  // A mapped address reaches the IPv4 host it names: judge that host.
  const ipv4 = embeddedIpv4(address);
  if (ipv4) return addressKind(ipv4);
  return KINDS.find(([, list]) => list.check(address, 'ipv6'))?.[0] ?? 'public';
};
