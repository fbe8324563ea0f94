// Builders of full REST objects for the fake GitHub API. They are typed with GitHub's published
// OpenAPI schema, so a field GitHub adds as required (or renames) breaks the typecheck here rather
// than letting the fake drift from the real API.
import type { components, operations } from '@octokit/openapi-types'

export type PullRequest = components['schemas']['pull-request']
export type PullRequestSimple = components['schemas']['pull-request-simple']
export type IssueComment = components['schemas']['issue-comment']
export type Label = components['schemas']['label']
export type SimpleUser = components['schemas']['simple-user']
export type Repository = components['schemas']['repository']
export type FullRepository = components['schemas']['full-repository']
export type BasicError = components['schemas']['basic-error']

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never
export type CreatePullBody = JsonBody<operations['pulls/create']>
export type UpdatePullBody = JsonBody<operations['pulls/update']>
export type CreateCommentBody = JsonBody<operations['issues/create-comment']>
export type UpdateCommentBody = JsonBody<operations['issues/update-comment']>
export type AddLabelsBody = JsonBody<operations['issues/add-labels']>

/** Where the fake lives (`api`) and the web address its objects point to (`html`). */
export interface Urls {
  api: string
  html: string
}

/** Deterministic timestamps: one second apart from a fixed start, so objects compare across runs. */
export function makeClock(): () => string {
  let tick = 0
  return () => new Date(Date.UTC(2024, 0, 1) + 1000 * tick++).toISOString()
}

export function userObject(urls: Urls, login: string, id: number, type: 'User' | 'Bot' | 'Organization' = 'User'): SimpleUser {
  const api = `${urls.api}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.example/u/${id}`,
    gravatar_id: '',
    url: api,
    html_url: `${urls.html}/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    site_admin: false,
  }
}

export function repositoryObject(urls: Urls, owner: SimpleUser, name: string, defaultBranch: string, now: string): Repository {
  const full = `${owner.login}/${name}`
  const api = `${urls.api}/repos/${full}`
  return {
    id: 4242,
    node_id: 'R_4242',
    name,
    full_name: full,
    license: null,
    forks: 0,
    owner,
    private: true,
    html_url: `${urls.html}/${full}`,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.example/${full}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.example:${full}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${urls.html}/${full}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: `${urls.html}/${full}`,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 1,
    default_branch: defaultBranch,
    open_issues_count: 0,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    archived: false,
    disabled: false,
    pushed_at: now,
    created_at: now,
    updated_at: now,
    open_issues: 0,
    watchers: 0,
  }
}

export function fullRepositoryObject(repo: Repository, openIssues: number): FullRepository {
  return {
    ...repo,
    has_discussions: false,
    pushed_at: repo.pushed_at ?? '',
    created_at: repo.created_at ?? '',
    updated_at: repo.updated_at ?? '',
    permissions: { admin: false, push: true, pull: true },
    subscribers_count: 0,
    network_count: 0,
    open_issues: openIssues,
    open_issues_count: openIssues,
  }
}

export function labelObject(urls: Urls, repo: Repository, name: string, id: number): Label {
  return {
    id,
    node_id: `LA_${id}`,
    url: `${urls.api}/repos/${repo.full_name}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  }
}

export function commentObject(
  urls: Urls,
  repo: Repository,
  issue: number,
  id: number,
  body: string,
  user: SimpleUser,
  now: string,
): IssueComment {
  return {
    id,
    node_id: `IC_${id}`,
    url: `${urls.api}/repos/${repo.full_name}/issues/comments/${id}`,
    body,
    html_url: `${repo.html_url}/pull/${issue}#issuecomment-${id}`,
    user,
    created_at: now,
    updated_at: now,
    issue_url: `${urls.api}/repos/${repo.full_name}/issues/${issue}`,
    author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER',
  }
}

export interface NewPull {
  number: number
  title: string
  body: string | null
  headRef: string
  baseRef: string
  draft: boolean
  user: SimpleUser
  repo: Repository
  now: string
}

export function pullObject(urls: Urls, p: NewPull): PullRequest {
  const api = `${urls.api}/repos/${p.repo.full_name}`
  const html = `${p.repo.html_url}/pull/${p.number}`
  const side = (ref: string, sha: string) => ({ label: `${p.repo.owner.login}:${ref}`, ref, repo: p.repo, sha, user: p.repo.owner })
  const link = (href: string) => ({ href })
  return {
    url: `${api}/pulls/${p.number}`,
    id: 700000 + p.number,
    node_id: `PR_${p.number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${p.number}`,
    commits_url: `${api}/pulls/${p.number}/commits`,
    review_comments_url: `${api}/pulls/${p.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${p.number}/comments`,
    statuses_url: `${api}/statuses/${fakeSha(p.headRef)}`,
    number: p.number,
    state: 'open',
    locked: false,
    title: p.title,
    user: p.user,
    body: p.body,
    labels: [],
    milestone: null,
    created_at: p.now,
    updated_at: p.now,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(p.headRef, fakeSha(p.headRef)),
    base: side(p.baseRef, fakeSha(p.baseRef)),
    _links: {
      comments: link(`${api}/issues/${p.number}/comments`),
      commits: link(`${api}/pulls/${p.number}/commits`),
      statuses: link(`${api}/statuses/${fakeSha(p.headRef)}`),
      html: link(html),
      issue: link(`${api}/issues/${p.number}`),
      review_comments: link(`${api}/pulls/${p.number}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      self: link(`${api}/pulls/${p.number}`),
    },
    author_association: 'NONE',
    auto_merge: null,
    draft: p.draft,
    merged: false,
    mergeable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  }
}

/** The list endpoint returns the "simple" shape: the full object minus the counters. */
export function simplePull(pull: PullRequest): PullRequestSimple {
  const {
    merged: _m,
    mergeable: _a,
    rebaseable: _r,
    mergeable_state: _s,
    merged_by: _b,
    comments: _c,
    review_comments: _rc,
    ...rest
  } = pull
  const { maintainer_can_modify: _mm, commits: _co, additions: _ad, deletions: _de, changed_files: _cf, ...simple } = rest
  return { ...simple, labels: pull.labels.map((l) => ({ ...l, description: l.description ?? '' })), requested_teams: [] }
}

/** A stable, plausible commit id for a branch name (the fake has no git). */
export function fakeSha(ref: string): string {
  let hash = 2166136261
  for (const ch of ref) hash = Math.imul(hash ^ ch.codePointAt(0)!, 16777619) >>> 0
  return hash.toString(16).padStart(8, '0').repeat(5)
}
