import { List, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';

// Statement bodies are Markdown. Only what statements use is rendered (paragraphs, line breaks,
// headings, lists, bold, italics), as React elements: no HTML from the text ever reaches the page.

function inline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  const pattern = /\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|_(.+?)_/gu;
  let last = 0;
  let key = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) nodes.push(text.slice(last, match.index));
    const [, strong1, strong2, em1, em2] = match;
    if (strong1 ?? strong2) nodes.push(<strong key={key++}>{strong1 ?? strong2}</strong>);
    else nodes.push(<em key={key++}>{em1 ?? em2}</em>);
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

function lines(text: string): ReactNode[] {
  return text.split('\n').map((line, i) => (
    <Fragment key={i}>
      {i > 0 ? <br /> : null}
      {inline(line)}
    </Fragment>
  ));
}

export function StatementBody({ body }: { body: string }) {
  const blocks = body
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/u)
    .filter((b) => b.trim());
  return (
    <>
      {blocks.map((block, i) => {
        const heading = /^(#{1,6})\s+(.*)$/su.exec(block);
        if (heading) {
          const level = Math.min(6, heading[1]!.length + 2) as 3 | 4 | 5 | 6;
          return (
            <Title key={i} order={level} mt="sm" mb="xs">
              {inline(heading[2]!)}
            </Title>
          );
        }
        const items = block.split('\n');
        if (items.every((line) => /^\s*[-*]\s+/u.test(line))) {
          return (
            <List key={i} mb="sm">
              {items.map((line, j) => (
                <List.Item key={j}>{inline(line.replace(/^\s*[-*]\s+/u, ''))}</List.Item>
              ))}
            </List>
          );
        }
        return (
          <Text key={i} mb="sm" style={{ overflowWrap: 'anywhere' }}>
            {lines(block)}
          </Text>
        );
      })}
    </>
  );
}
