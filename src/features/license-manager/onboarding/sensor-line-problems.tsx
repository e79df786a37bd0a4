import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import type { SensorLine, SensorLineProblem } from '@/domain/fleet';
import { useText, type MessageId } from '@/lib/i18n';

const PROBLEM_TEXT: Record<SensorLineProblem, MessageId> = {
  serial_format: 'fleet.addSensors.problem.format',
  serial_duplicate: 'fleet.addSensors.problem.duplicate',
  name_too_long: 'fleet.addSensors.problem.nameTooLong',
};

/** LM-10: each pasted line that cannot be added, with its number and why; the first 20 of them. */
export function SensorLineProblems({ lines }: { lines: readonly SensorLine[] }) {
  const t = useText();
  const problems = lines.filter((line) => line.problem !== null);
  if (problems.length === 0) return null;
  return (
    <List dense disablePadding aria-label={t('fleet.addSensors.problems')}>
      {problems.slice(0, 20).map(({ line, serial, problem }) => (
        <ListItem key={line} disableGutters>
          <Typography variant="body2" color="error">
            {problem && t(PROBLEM_TEXT[problem], { line, serial })}
          </Typography>
        </ListItem>
      ))}
    </List>
  );
}
