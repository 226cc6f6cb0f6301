// Runs census.cu's lexer on the host (compiled as plain C) over the files named on the command
// line and prints one line per file: path, then the counts in census.cu's enum order.
#include <stdio.h>
#include <stdlib.h>
#include "../src/main/cuda/census.cu"

int main(int argc, char **argv) {
    for (int a = 1; a < argc; a++) {
        FILE *f = fopen(argv[a], "rb");
        if (!f) { printf("%s error\n", argv[a]); continue; }
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        unsigned char *buf = malloc(n > 0 ? n : 1);
        if (fread(buf, 1, n, f) != (size_t) n) { printf("%s error\n", argv[a]); fclose(f); continue; }
        fclose(f);
        i64 offsets[2] = {0, n};
        i64 out[C_COUNT];
        census(buf, offsets, 1, out);
        printf("%s", argv[a]);
        for (int k = 0; k < C_COUNT; k++) printf(" %lld", out[k]);
        printf("\n");
        free(buf);
    }
    return 0;
}
