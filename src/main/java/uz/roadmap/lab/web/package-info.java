@NullMarked
package uz.roadmap.lab.web;

import org.jspecify.annotations.NullMarked;
