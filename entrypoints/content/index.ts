import { KNOWN_HOME_MATCHES } from '~/lib/homes';

export default defineContentScript({
  matches: KNOWN_HOME_MATCHES,
  main() {},
});
