package cn.diaodu.onboarding;

import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * First passwords of the accounts an import creates: 12 random characters with upper and lower case, digits and
 * other characters (the password policy of CONTRACT §16), no look-alikes (0/O, 1/l/I). They are shown once — in
 * the answer and in the credentials workbook — and, being set by an administrator, must be changed at the first
 * sign-in (identity's must_change_password).
 */
final class FirstPasswords {
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String OTHER = "#%+=@!?";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An account created with its first password (null when the list gave one). */
    record Credential(String username, String displayName, String password) {
    }

    private FirstPasswords() {
    }

    static String generate(String username) {
        while (true) {
            List<Character> chars = new ArrayList<>();
            for (String set : List.of(UPPER, LOWER, DIGITS, OTHER)) {
                chars.add(pick(set));
            }
            String all = UPPER + LOWER + DIGITS + OTHER;
            while (chars.size() < 12) {
                chars.add(pick(all));
            }
            Collections.shuffle(chars, RANDOM);
            StringBuilder b = new StringBuilder();
            chars.forEach(b::append);
            String pw = b.toString();
            if (username == null || !pw.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
                return pw;
            }
        }
    }

    private static char pick(String set) {
        return set.charAt(RANDOM.nextInt(set.length()));
    }

    /** The credentials workbook: one row per account with its first password, to hand to each person. */
    static void write(List<Credential> credentials, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("初始密码");
            XSSFCellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            XSSFCellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row h = s.createRow(0);
            String[] titles = {"用户名", "姓名", "初始密码", "说明"};
            for (int i = 0; i < titles.length; i++) {
                h.createCell(i).setCellValue(titles[i]);
                h.getCell(i).setCellStyle(head);
                s.setColumnWidth(i, (i == 3 ? 30 : 20) * 256);
            }
            int r = 1;
            for (Credential c : credentials) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(c.username());
                row.createCell(1).setCellValue(c.displayName() == null ? "" : c.displayName());
                row.createCell(2).setCellValue(c.password() == null ? "" : c.password());
                row.getCell(2).setCellStyle(text);
                row.createCell(3).setCellValue("首次登录后须修改密码");
            }
            wb.write(out);
        }
    }
}
