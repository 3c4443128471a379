import { instancePath, listNodes, type SchemaNode } from './schema-tree.js';

/** The keywords of the spec's request schema that state a rule a body can break. */
export type RuleKeyword =
  'type' | 'required' | 'additionalProperties' | 'enum' | 'minLength' | 'maxLength' | 'pattern' | 'format';

/** One rule the request schema states: a keyword at one place, which an invalid body breaks alone. */
export interface SchemaRule {
  /** Stable id, such as `/participant_unique_id1:maxLength` or `:required:recipient_information`. */
  id: string;
  keyword: RuleKeyword;
  /** The schema that states the rule (for `required` and `additionalProperties`, the object's). */
  node: SchemaNode;
  /** For `required`: the member that must be there. */
  member?: string;
  /** The ajv error a body breaking only this rule gives: its instance path and keyword. */
  error: { instancePath: string; keyword: RuleKeyword };
  /** One line for reports. */
  description: string;
}

/**
 * Every rule the schema's keywords state, derived from the keywords themselves: each object's
 * `type`, each `required` member, `additionalProperties: false`, and each string's `type`, `enum`,
 * `minLength` (when above 0), `maxLength`, `pattern` and `format`.
 */
export function deriveSchemaRules(root: SchemaNode): SchemaRule[] {
  const rules: SchemaRule[] = [];
  for (const node of listNodes(root)) {
    const at = instancePath(node.path);
    const where = at || 'the body';
    const add = (keyword: RuleKeyword, description: string, member?: string) => {
      const id = member === undefined ? `${at}:${keyword}` : `${at}:${keyword}:${member}`;
      rules.push({
        id,
        keyword,
        node,
        error: { instancePath: at, keyword },
        description,
        ...(member === undefined ? {} : { member }),
      });
    };
    // A value of another type also breaks an enum, so a node with an enum has no type rule of its own.
    if (node.type !== undefined && node.enum === undefined) add('type', `${where} must be of type ${node.type}`);
    for (const member of node.required) add('required', `${where} must have ${member}`, member);
    if (node.type === 'object' && !node.additionalProperties)
      add('additionalProperties', `${where} must have no members beyond ${Object.keys(node.properties).join(', ')}`);
    if (node.enum !== undefined) add('enum', `${where} must be one of the spec's ${node.enum.length} values`);
    if (node.minLength !== undefined && node.minLength > 0)
      add('minLength', `${where} must have at least ${node.minLength} characters`);
    if (node.maxLength !== undefined) add('maxLength', `${where} must have at most ${node.maxLength} characters`);
    if (node.pattern !== undefined) add('pattern', `${where} must match ${node.pattern}`);
    if (node.format !== undefined) add('format', `${where} must be a valid ${node.format}`);
  }
  return rules;
}
