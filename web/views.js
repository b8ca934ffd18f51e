// The case's views, one file per view under views/; app.js and timeline.js import them from here.
export { overviewView } from "./views/overview.js";
export { eventList } from "./views/events.js";
export { quotesView, quoteCard } from "./views/quotes.js";
export { entitiesView } from "./views/entities.js";
export { entityView } from "./views/entity.js";
export { contradictionsView } from "./views/contradictions.js";
export { documentsView } from "./views/documents.js";
export { documentView } from "./views/document.js";
export { searchView } from "./views/search.js";
export { addView } from "./views/add.js";
export { accountsView } from "./views/accounts.js";
export { briefView } from "./views/brief.js";
