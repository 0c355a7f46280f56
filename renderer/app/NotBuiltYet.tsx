import { Alert, Title } from '@mantine/core';

/** An area that has not been built says so; it never shows invented figures. */
export function NotBuiltYet({ area }: { area: string }) {
  return (
    <>
      <Title order={2} mb="md">
        {area}
      </Title>
      <Alert color="gray" title="아직 준비되지 않은 메뉴입니다">
        {area} 기능은 아직 만들어지지 않았습니다. 이 화면에는 기록이 없으며, 이 메뉴의 실적은 보고서에 포함되지 않습니다.
      </Alert>
    </>
  );
}
