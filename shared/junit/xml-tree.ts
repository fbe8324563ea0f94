import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** An XML element reduced to what a report reader needs. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** The element's own text and CDATA, in document order, entities decoded. */
  text: string
}

/** Why a text is not a usable XML document; the caller adds the file name. */
export class XmlSyntaxError extends Error {}

// Entity processing stays off: a DOCTYPE's entities are never expanded, so a
// "billion laughs" document cannot blow up. The five predefined entities and
// character references are decoded here instead, which cannot grow the text.
const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 200,
} as const

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> }

/** Parses `xml` into its single root element, or throws XmlSyntaxError. */
export function parseXml(xml: string): XmlElement {
  const text = xml.startsWith('\uFEFF') ? xml.slice(1) : xml
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    throw new XmlSyntaxError(`${valid.err.msg} (line ${valid.err.line}${valid.err.col ? `, column ${valid.err.col}` : ''})`)
  }
  let nodes: OrderedNode[]
  try {
    nodes = new XMLParser(PARSER_OPTIONS).parse(text) as OrderedNode[]
  } catch (error) {
    throw new XmlSyntaxError(error instanceof Error ? error.message : String(error))
  }
  const roots = nodes.map(toElement).filter((node): node is XmlElement => typeof node !== 'string')
  if (roots.length === 0) throw new XmlSyntaxError('the document has no root element')
  if (roots.length > 1) throw new XmlSyntaxError(`the document has ${roots.length} root elements, expected one`)
  return roots[0]
}

function toElement(node: OrderedNode): XmlElement | string {
  const name = Object.keys(node).find((key) => key !== ':@')
  if (name === undefined) return ''
  const content = node[name]
  if (name === '#text') return decodeEntities(String(content))
  if (name === '#cdata') return (content as OrderedNode[]).map((part) => String(part['#text'] ?? '')).join('')
  const attributes: Record<string, string> = {}
  for (const [key, value] of Object.entries(node[':@'] ?? {})) attributes[key] = decodeEntities(String(value))
  const element: XmlElement = { name, attributes, children: [], text: '' }
  for (const child of (content as OrderedNode[]) ?? []) {
    const converted = toElement(child)
    if (typeof converted === 'string') element.text += converted
    else element.children.push(converted)
  }
  return element
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** Decodes XML's predefined entities and character references; leaves any other `&name;` as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-z]{2,4}));/g, (all, hex, dec, name) => {
    if (name !== undefined) return PREDEFINED[name] ?? all
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec, 10)
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
    return valid ? String.fromCodePoint(code) : '\uFFFD'
  })
}
