import { pageToolbar } from '~/lib/content/page-toolbar';
import { provideToolbar } from '~/lib/content/toolbar-loader';

// Injected by the background into a frame whose content script asks for the toolbar (`toolbar:load`):
// its maker goes to the content script through the isolated world's global (see toolbar-loader.ts).
export default defineUnlistedScript(() => {
  provideToolbar(pageToolbar);
});
