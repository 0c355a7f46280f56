import type { ImportArea } from '../contract/imports';

/**
 * One column an area's import reads: its key, the header the template writes, and the headers offices
 * actually put on their old sheets for it (compared with spaces, brackets and dots taken out, so
 * `대여 일자`, `대여일자(일)` and `대여일자.` all read as `대여일자`).
 */
export interface ImportField {
  key: string;
  /** The template's header, and how the wizard names the column. */
  label: string;
  required: boolean;
  headers: readonly string[];
  /** The template's example row. */
  example: string | number;
  /** A word on what the column takes, under the template's example row and in the wizard. */
  hint?: string;
}

const f = (key: string, label: string, required: boolean, headers: string[], example: string | number, hint?: string): ImportField => ({
  key,
  label,
  required,
  headers: [label, ...headers],
  example,
  hint,
});

/** The columns of each area, in the template's order. The first header of each field is the template's own. */
export const IMPORT_FIELDS: Record<ImportArea, readonly ImportField[]> = {
  loans: [
    f('assetNumber', '자산번호', true, ['휠체어번호', '휠체어', '관리번호', '휠체어자산번호', '물품번호', '기기번호', '휠체어no'], 'W-001'),
    f('startDate', '대여일', true, ['대여일자', '빌린날', '빌린날짜', '대여날짜', '대여일시', '대여시작일', '대여일자시간', '대여한날'], '2023-03-06 10:30', '날짜(시각은 있으면)'),
    f('startTime', '대여시각', false, ['대여시간', '빌린시간', '대여시각hhmm'], '10:30'),
    f('dueDate', '반납예정일', false, ['반납예정', '반납기한', '반납예정일자', '반납할날', '반납약속일'], '2023-03-13'),
    f('returnDate', '반납일', false, ['반납일자', '반납한날', '반납날짜', '반납일시', '실제반납일', '돌려받은날'], '2023-03-10 15:00'),
    f('returned', '반납여부', false, ['반납', '반납확인', '회수', '회수여부', '반납유무'], '반납', '반납·미반납, O·X'),
    f('borrowerName', '대여자', false, ['성명', '이름', '대여자성명', '빌린사람', '이용자', '이용자성명', '대여인', '신청인', '성함'], '홍길동'),
    f('borrowerPhone', '연락처', false, ['전화번호', '휴대폰', '핸드폰', '전화', '휴대전화', '연락처전화번호', 'hp'], '010-1234-5678'),
    f('consent', '개인정보동의', false, ['동의', '동의여부', '개인정보수집동의', '개인정보수집이용동의', '개인정보동의여부', '정보동의'], '동의', '동의·미동의, O·X'),
    f('purpose', '대여구분', false, ['구분', '용도', '사용처', '이용구분', '대여장소'], '외부', '외부·민원실 내'),
    f('staff', '담당자', false, ['대여직원', '처리자', '담당', '담당직원', '접수자'], '김담당'),
    f('note', '비고', false, ['메모', '특이사항', '참고'], ''),
  ],
  interpretation: [
    f('date', '날짜', true, ['일자', '요청일', '통역일', '접수일', '지원일', '일시', '통역일자', '요청일자', '접수일자', '지원일자'], '2023-04-11'),
    f('time', '시각', false, ['시간', '요청시각', '접수시간', '통역시간'], '14:00'),
    f('language', '언어', true, ['통역언어', '사용언어', '지원언어', '언어구분', '국가언어'], '베트남어'),
    f('method', '지원방법', true, ['방법', '통역방법', '지원방식', '서비스방식', '지원유형', '통역방식', '지원수단'], '1345 외국인종합안내센터 3자 통화'),
    f('people', '인원', false, ['인원수', '이용인원', '이용자수', '명', '민원인수'], 1),
    f('outcome', '결과', false, ['처리결과', '처리', '결과구분', '지원결과', '처리상태'], '처리 완료', '처리 완료·다른 기관 안내·미처리·취소'),
    f('task', '민원업무', false, ['업무', '민원내용', '민원사무', '내용', '업무내용', '민원종류'], '전입신고'),
    f('nationality', '국적', false, ['국가'], '베트남'),
    f('minutes', '소요시간(분)', false, ['소요시간', '소요분', '통역시간분'], 15),
    f('staff', '처리직원', false, ['담당자', '처리자', '담당', '담당직원'], '김담당'),
    f('note', '비고', false, ['메모', '특이사항'], ''),
  ],
  trainings: [
    f('date', '교육일', true, ['날짜', '일자', '교육일자', '실시일', '교육날짜', '교육일시', '실시일자'], '2023-03-20'),
    f('title', '교육명', true, ['과정명', '교육과정', '교육내용', '교육제목', '과정', '교육과정명'], '2023 상반기 친절교육'),
    f('kind', '교육종류', false, ['종류', '교육구분', '유형', '교육유형'], '친절교육', '친절교육·특이민원 대응훈련·기타'),
    f('place', '장소', false, ['교육장소', '실시장소'], '구청 대회의실'),
    f('instructor', '강사', false, ['강사명', '교육강사'], '외부 강사'),
    f('name', '성명', false, ['이름', '직원명', '참석자', '교육생', '참석자성명', '수강자'], '홍길동', '개인별 출석일 때'),
    f('department', '부서', false, ['소속', '부서명', '소속부서', '과', '소속과'], '민원여권과'),
    f('status', '출석', false, ['출석여부', '참석', '참석여부', '출결', '이수여부', '이수'], '출석', '출석·지각·공가·결석, O·X'),
    f('headCount', '인원', false, ['인원수', '참석인원', '참석자수', '교육인원', '부서별인원', '참여인원'], '', '부서별 인원일 때(성명 대신)'),
  ],
  healing: [
    f('date', '날짜', true, ['일자', '실시일', '운영일', '프로그램일', '실시일자', '운영일자'], '2023-05-17'),
    f('place', '장소', true, ['운영장소', '실시장소', '방문지'], '태종대'),
    f('activity', '활동', true, ['프로그램', '프로그램명', '내용', '활동내용', '프로그램내용'], '숲길 걷기'),
    f('participants', '참여인원', true, ['인원', '참여자수', '참석인원', '참여자', '인원수', '참여'], 20),
    f('costWon', '비용(원)', false, ['비용', '소요비용', '예산', '집행액', '금액', '사업비'], 350000),
    f('note', '비고', false, ['메모'], ''),
  ],
  kindness: [
    f('month', '선정월', true, ['월', '선정년월', '연월', '년월', '선정시기', '선정연월', '해당월'], '2023-01', '2023-01, 2023년 1월'),
    f('name', '성명', true, ['이름', '직원명', '선정자', '대상자', '으뜸이'], '홍길동'),
    f('department', '부서', true, ['소속', '부서명', '소속부서'], '민원여권과'),
    f('position', '직위', false, ['직급', '직책'], '주무관'),
    f('reason', '선정사유', true, ['사유', '공적', '공적내용', '추천사유', '선정이유', '주요공적', '칭찬내용'], '어르신 민원을 끝까지 도와 칭찬 글을 받음'),
  ],
  communication: [
    f('date', '날짜', true, ['일자', '일시', '실시일', '보도일', '개최일'], '2023-06-14'),
    f('category', '구분', true, ['유형', '활동구분', '종류', '소통구분', '분류'], '언론·방송 보도', '설명회·보고회, 만족도·설문조사, 민간전문가 자문, 언론·방송 보도, 기타'),
    f('title', '제목', true, ['활동명', '건명', '제목내용', '기사제목', '행사명'], '구청 민원실, 외국어 통역 창구 운영'),
    f('details', '내용', false, ['세부내용', '상세', '상세내용', '비고'], ''),
    f('outlet', '언론사', false, ['매체', '매체명', '보도매체', '언론매체'], '부산일보', '보도일 때'),
  ],
  budget: [
    f('source', '재원', true, ['구분', '재원구분', '재원별'], '구비', '국비·시비·구비·기타'),
    f('year', '연도', true, ['년도', '회계연도', '연도별', '사업연도'], 2023, '2023, 또는 임기후'),
    f('amount', '금액(백만원)', true, ['금액', '예산액', '사업비', '예산', '금액백만원', '소요예산'], 10, '백만원'),
  ],
};

/** 대여 일자 → 대여일자: what a header is compared by. */
export const headerKey = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s._·:;'"`~\-/\\()[\]{}<>※*]/g, '');

/** The fields of an area in the order the template and the wizard list them. */
export const importFields = (area: ImportArea) => IMPORT_FIELDS[area];
