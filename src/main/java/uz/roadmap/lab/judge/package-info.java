@NullMarked
package uz.roadmap.lab.judge;

import org.jspecify.annotations.NullMarked;
