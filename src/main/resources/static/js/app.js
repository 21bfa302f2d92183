// GOV.UK Frontend's script is at an address with the WebJar's version in it, which the layout gives this script.
const govukFrontend = document.querySelector('script[data-govuk-frontend]').dataset.govukFrontend

import(govukFrontend).then(({ initAll }) => initAll())
