// Placeholder page until the lesson reader lands. DOM only.
export default function LessonsPage(_props: { path: string[] }) {
  return <p>Lessons are coming.</p>;
}
