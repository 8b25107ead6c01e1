/**
 * "A local node is not an open proxy": the browser's private-network protection keeps public
 * websites from reaching 127.0.0.1 or the LAN, and a wallet that forwards their calls would undo
 * it. Calls to a network whose RPC URL is loopback or private-range are served only to origins
 * that are connected, or are themselves local.
 *
 *   isLocalHost('127.0.0.1') // true; isLocalHost('192.168.1.20') // true; isLocalHost('eth.example') // false
 */

function ipv4(host: string): number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.map(Number);
}

/** Loopback, private (RFC 1918), link-local, CGNAT, unique-local IPv6, and *.localhost / *.local names. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
  const v4 = ipv4(host);
  if (v4) {
    const [a, b] = v4 as [number, number];
    return (
      a === 127 ||
      a === 10 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (host.includes(':'))
    return (
      host === '::1' || /^f[cd]/.test(host) || host.startsWith('fe80:') || host.startsWith('::ffff:127.')
    );
  return false;
}

export function isLocalUrl(url: string): boolean {
  try {
    return isLocalHost(new URL(url).hostname);
  } catch {
    return false;
  }
}
