import { filePolicy, nonPublicAddress, type OutboundPolicy } from '../../../src/files/outbound';

/**
 * A policy for a file server of the test on this machine: plain HTTP to 127.0.0.1 on the given
 * ports, and everything else refused as the product refuses it. Injected by constructor in tests only.
 */
export function localFilePolicy(ports: readonly number[], totalMs = 20_000): OutboundPolicy {
  const product = filePolicy();
  const local = (url: URL) => url.hostname === '127.0.0.1' && ports.includes(Number(url.port));
  return {
    refuseUrl: (url) => (url.protocol === 'http:' && local(url) ? undefined : product.refuseUrl(url)),
    refuseAddress: (address, url) => (address === '127.0.0.1' && local(url) ? undefined : nonPublicAddress(address)),
    lookup: product.lookup,
    totalMs,
  };
}
