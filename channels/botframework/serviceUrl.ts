/**
 * With authentication off the bot answers whatever serviceUrl an activity names (a Teams
 * card answer is a PUT there), so only loopback is accepted: the Emulator and the Agents
 * Playground run on this machine. With authentication on, the token vouches for it.
 */
export function isLoopbackUrl(serviceUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
