// dashboard: the static site on the state branch. The face other capabilities reach it through.
export { renderSite, renderSiteIndex, renderSitePage, siteNow, sitePage, SITE_DIR, SITE_INDEX } from './site'
