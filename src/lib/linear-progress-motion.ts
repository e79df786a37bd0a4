import { keyframes } from '@emotion/react';
import type { Components, Theme } from '@mui/material/styles';

// MUI animates the indeterminate bars' `left` and `right`, which browsers count as layout shift
// (CLS above 0 on every loading screen). The same motion with `transform` shifts nothing.
const bar1 = keyframes`
  0% { transform: translateX(-35%) scaleX(0.35); }
  60%, 100% { transform: translateX(100%) scaleX(0.9); }
`;
const bar2 = keyframes`
  0% { transform: translateX(-200%) scaleX(2); }
  60%, 100% { transform: translateX(107%) scaleX(0.01); }
`;

const indeterminate = ({ ownerState }: { ownerState: { variant?: string } }) =>
  ownerState.variant === 'indeterminate' || ownerState.variant === 'query';

const bar = (animation: string) => ({
  variants: [
    {
      props: indeterminate,
      style: {
        left: 0,
        right: 0,
        width: '100%',
        transformOrigin: 'left',
        animation,
        '@media (prefers-reduced-motion: reduce)': {
          animation: 'none',
          transform: 'translateX(30%) scaleX(0.4)',
        },
      },
    },
  ],
});

export const linearProgressMotion: Components<Theme>['MuiLinearProgress'] = {
  styleOverrides: {
    bar1: bar(`${bar1} 2.1s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite`),
    bar2: bar(`${bar2} 2.1s cubic-bezier(0.165, 0.84, 0.44, 1) 1.15s infinite`),
  },
};
