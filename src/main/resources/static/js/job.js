// A background job's page (jobs/job.html): while the job waits or runs, fetch the page again every few seconds and
// put its progress in place; once the job has finished, show the whole finished page. Without JavaScript the page
// has a Refresh link instead. No meta refresh: it would reload the page under a person reading it (WCAG 2.2.1).
const progress = document.getElementById('job-progress')
const seconds = Number(progress?.dataset.refreshSeconds || 5)

async function update () {
  try {
    const response = await fetch(window.location.href, { headers: { Accept: 'text/html' } })
    if (!response.ok) return schedule()
    const page = new DOMParser().parseFromString(await response.text(), 'text/html')
    const fresh = page.getElementById('job-progress')
    if (fresh) {
      document.getElementById('job-progress').innerHTML = fresh.innerHTML
      return schedule()
    }
    const main = page.getElementById('main-content')
    if (main) {
      document.getElementById('main-content').innerHTML = main.innerHTML
      document.title = page.title
      document.getElementById('job-status-update')?.focus()
    }
  } catch (e) {
    schedule() // the network or the server was away for a moment: try again
  }
}

function schedule () {
  window.setTimeout(update, seconds * 1000)
}

if (progress) schedule()
