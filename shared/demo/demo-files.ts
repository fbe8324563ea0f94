// The sample project the demo works on: a small TODO API planned with spec-kit.

export const DEMO_SPEC = '001-todo-api'

export const SPEC_MD = `# Feature Specification: TODO API

**Feature Branch**: \`${DEMO_SPEC}\`

A small HTTP API to create, list and complete TODO items.
`

export const TASKS_MD = `# Tasks: TODO API

**Input**: Design documents from \`/specs/${DEMO_SPEC}/\`
**Prerequisites**: plan.md, spec.md

## Phase 1: Setup

- [ ] T001 Create project structure in src/
- [ ] T002 [P] Add the package manifest in package.json

## Phase 2: User Story 1 - Manage TODO items (Priority: P1)

### Implementation for User Story 1

- [ ] T003 [P] [US1] Create the Todo model in src/todo.js
- [ ] T004 [P] [US1] Add validation of titles in src/todo.js
- [ ] T005 [US1] Add the CI workflow in .github/workflows/ci.yml
- [ ] T006 [US1] List endpoint in src/api.js (depends on T003)

**Checkpoint**: User Story 1 works on its own.

## Phase 3: Polish

- [ ] T007 [P] Document the API in README.md
`

export const TODO_JS = `// The Todo model.
export function createTodo(title) {
  return { title, done: false }
}

export function completeTodo(todo) {
  return { ...todo, done: true }
}
`

/** impl-1's version: a field added inside createTodo. */
export const TODO_JS_IMPL1 = TODO_JS.replace('  return { title, done: false }', '  return { id: Date.now(), title, done: false }')

/** impl-2's version: the same line changed differently. */
export const TODO_JS_IMPL2 = TODO_JS.replace('  return { title, done: false }', '  return { title: String(title).trim(), done: false }')
