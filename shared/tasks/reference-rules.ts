/**
 * How commit messages refer to tasks, for the README and for agents' prompts.
 * `taskReferences` implements exactly this; the tests check the examples.
 */
export const TASK_REFERENCE_RULES = `### Referring to tasks in commit messages

A task id is \`T\` followed by three or more digits (\`T012\`, \`T1042\`), written as a word of its own:
\`XT0123\`, \`T012a\` and \`T012_x\` are not references, while \`(T012)\`, \`T012:\` and \`#T012\` are.
Ids are found anywhere in the message, subject or body. Each id counts once.

A reference marks the task **done** in any of these three cases:

1. **The subject starts with the id list and a colon.**
   \`T012: add user model\` or \`T012, T013: add models\`.
2. **A completion keyword comes directly before the id list**, anywhere in the message. The keywords,
   in any letter case, are \`done\`, \`close\`, \`closes\`, \`closed\`, \`fix\`, \`fixes\`, \`fixed\`,
   \`complete\`, \`completes\`, \`completed\`, \`resolve\`, \`resolves\`, \`resolved\`. A colon may follow the
   keyword. \`closes T012\`, \`Done: T012 and T013\`, \`fixes T012, T013\`.
   Nothing else may stand between the keyword and the first id: \`closes task T012\` does not mark T012 done.
3. **A trailer line in the last paragraph** of the message: a line starting \`Tasks:\`, \`Task:\`, \`Done:\`
   or \`Closes:\` (any letter case). Every id on that line is done (\`Done:\` and \`Closes:\` are keywords
   too, so they also count on any other line; \`Tasks:\` and \`Task:\` count only in the last paragraph):

   \`\`\`text
   Add the user model and its tests

   Tasks: T012, T013
   \`\`\`

An id list is ids separated by commas, spaces, \`and\` or \`&\` on one line: \`T012, T013 and T014\`.
The list ends at the first word that is not an id, so in \`closes T012 then T013\` only T012 is done.

Any other mention means the task is **in progress**: \`wip T012\`, \`refs T012\`, \`part of T014\`,
\`T012 model half done\`, \`Revert "T012: add user model"\`.
When an id is both done and in progress in one message, done wins.
`
